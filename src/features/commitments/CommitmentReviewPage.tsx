import { useLiveQuery } from 'dexie-react-hooks';
import { listOpenCommitments } from '../../db/commitments';
import { isOverdue } from '../../domain/commitment';
import { todayIso } from '../../domain/session';
import { Link } from '../../ui/router';
import { common, formatDate } from '../../i18n/common';
import { commitmentText as t } from '../../i18n/commitments';
import { BackLink } from '../../ui/records/PageParts';
import { useSessions } from '../../ui/records/useSessions';
import { responsibleLabel } from './CommitmentFields';
import { StatusButtons } from './StatusButtons';

/** The review that opens every session: open commitments, overdue first, one tap to update. */
export default function CommitmentReviewPage() {
  const today = todayIso();
  // Follow-ups made here are tagged with the session that reviewed them (from ?sesion=), and the
  // review lists only what earlier sessions agreed.
  const sessionId = new URLSearchParams(window.location.search).get('sesion') ?? undefined;
  const open = useLiveQuery(() => listOpenCommitments(today, sessionId), [today, sessionId]);
  const { label, sessions } = useSessions();
  // Written from a session's review, a follow-up is dated on that session's day, not today.
  const sessionDate = sessions?.find((s) => s.id === sessionId)?.date;
  return (
    <section>
      <BackLink
        to={sessionId ? `/sesiones/${sessionId}` : '/compromisos'}
        label={sessionId ? label(sessionId) || common.back : t.listTitle}
      />
      <h1>{t.reviewTitle}</h1>
      <p className="muted">{t.reviewIntro}</p>
      {open === undefined && <p role="status">{common.loading}</p>}
      {open?.length === 0 && <p className="empty">{t.reviewEmpty}</p>}
      <ul className="review-list">
        {open?.map((c) => {
          const late = isOverdue(c, today);
          return (
            <li key={c.id} className={late ? 'card review-card overdue' : 'card review-card'}>
              <h2 className="review-title">
                <Link to={`/compromisos/${c.id}`}>{c.statement}</Link>
              </h2>
              <p className="item-meta">
                {late && <span className="badge badge-late">{t.overdue}</span>} {t.statuses[c.status]} · {responsibleLabel(c)}
                {c.dueDate ? ` · ${t.due(formatDate(c.dueDate))}` : ''}
              </p>
              {c.mechanism && <p className="hint">{c.mechanism}</p>}
              <StatusButtons commitment={c} sessionId={sessionId} defaultDate={sessionDate} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
