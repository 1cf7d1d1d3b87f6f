// "Olvidar este encuentro" (rule T26) on the meeting page: says what goes and what stays, offers
// the export first, asks for an explicit confirmation, then leaves for the list and forgets.
import { useId, useState } from 'react';
import { navigate } from '../../ui/router';
import { notify } from '../../ui/notify';
import { common } from '../../i18n/common';
import { meetingText } from '../../i18n/meetings';
import { exportMeeting } from './fileExchange';
import { forgetMeeting } from './forgetMeeting';
import { useMeeting } from './MeetingContext';

const t = meetingText.forget;

export function ForgetPanel({ meetingId }: { meetingId: string }) {
  const { doc, snapshot } = useMeeting();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const meta = snapshot.meta;

  const forget = async () => {
    setBusy(true);
    // The meeting's screens let go of its document on the way out; forgetting waits for them.
    navigate('/encuentros');
    notify({ text: t.working, tone: 'info' });
    try {
      await forgetMeeting(meetingId, { onBlocked: () => notify({ text: t.blocked, tone: 'error', sticky: true }) });
      notify({ text: meta ? t.done(meta.name) : t.doneUnnamed, tone: 'success' });
    } catch (err) {
      console.error('No se pudo olvidar el encuentro', err);
      notify({ text: t.failed, tone: 'error', sticky: true });
    }
  };

  if (!open) {
    return (
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {t.open}
        </button>
      </div>
    );
  }
  return (
    <section className="card annul-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {t.explain.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {meta && (
        <>
          <p className="hint">{t.exportFirst}</p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() =>
                void exportMeeting(doc, meta).then((saved) => saved && notify({ text: meetingText.share.exported, tone: 'success' }))
              }
            >
              {meetingText.share.export}
            </button>
          </div>
        </>
      )}
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void forget()}>
          {t.confirm}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => setOpen(false)}>
          {common.cancel}
        </button>
      </div>
    </section>
  );
}
