// "Avisar a la comunidad escolar" (activity 33): the school's commitments as a printable one-page
// notice and as text for the phone's share sheet, or copied where there is none (as ShareApp does).
import { useId } from 'react';
import { communityNoticeText, noticeText as t } from '../../../i18n/notice';
import { notify } from '../../../ui/notify';
import { Link } from '../../../ui/router';
import { useMeeting } from '../MeetingContext';

export function NoticeActions() {
  const { snapshot, mySchool } = useMeeting();
  const id = useId();
  const meta = snapshot.meta;
  if (!meta) return null;
  const mine = snapshot.byKind.compromiso.filter((c) => !c.annulled && c.school.cct === mySchool.cct);
  const text = communityNoticeText(mySchool.name, meta.name, meta.date, mine);
  const canShare = typeof navigator.share === 'function';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.panel}</h3>
      <p className="hint">{t.panelHint}</p>
      <label htmlFor={id}>{t.textLabel}</label>
      <textarea id={id} readOnly value={text} rows={6} onFocus={(e) => e.currentTarget.select()} />
      <div className="actions">
        <Link to={`/imprimir/aviso/${meta.id}`} className="button">
          {t.print}
        </Link>
        {canShare && (
          <button
            type="button"
            // A dismissed share sheet rejects with AbortError: nothing to tell the user.
            onClick={() => void navigator.share({ title: t.heading, text }).catch(() => undefined)}
          >
            {t.share}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void navigator.clipboard?.writeText(text).then(
              () => notify({ text: t.copied, tone: 'success' }),
              () => undefined,
            )
          }
        >
          {t.copy}
        </button>
      </div>
    </section>
  );
}
