import { useLazyLiveQuery } from '../../ui/lazyLive';
import { Link } from '../../ui/router';
import { commitmentText as t } from '../../i18n/commitments';

/** "Every session starts by reviewing the commitments": shown on the session and home screens. */
export function ReviewLinkCard({ sessionId }: { sessionId?: string | undefined }) {
  const open = useLazyLiveQuery((r) => r.listOpenCommitments(undefined, sessionId), [sessionId]);
  const to = sessionId ? `/compromisos/revision?sesion=${encodeURIComponent(sessionId)}` : '/compromisos/revision';
  return (
    <section className="card" aria-labelledby="review-card-title">
      <h2 id="review-card-title">{t.reviewTitle}</h2>
      <p>
        {sessionId ? t.reviewFromSession : ''} {open ? t.reviewCount(open.length) : ''}
      </p>
      <Link to={to} className="button">
        {t.reviewLink}
      </Link>
    </section>
  );
}
