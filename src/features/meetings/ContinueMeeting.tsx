// "Continuar este encuentro": creates the sixth session's meeting (actions.continueMeeting) and opens it.
import { useState } from 'react';
import { todayIso } from '../../domain/session';
import { followUpText as t } from '../../i18n/followUp';
import { notify } from '../../ui/notify';
import { navigate } from '../../ui/router';
import { continueMeeting } from './actions';
import { useMeeting } from './MeetingContext';

export function ContinueMeeting({ meetingId }: { meetingId: string }) {
  const { mySchool } = useMeeting();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="continue-title">
      <h2 id="continue-title">{t.continue}</h2>
      <p className="hint">{t.continueHint}</p>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const meta = await continueMeeting(meetingId, mySchool, t.sixthName, todayIso());
            notify({ text: t.created, tone: 'success' });
            navigate(`/encuentros/${meta.id}`);
          } catch (failure) {
            setError(failure instanceof Error ? failure.message : String(failure));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t.continue}
      </button>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
