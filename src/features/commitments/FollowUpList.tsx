import type { Commitment } from '../../domain/commitment';
import { commitmentText as t } from '../../i18n/commitments';
import { formatDate } from '../../i18n/common';

/** The commitment's follow-up entries, oldest first, as they were written. */
export function FollowUpList({ c }: { c: Commitment }) {
  if (c.followUps.length === 0) return <p>{t.noFollowUps}</p>;
  return (
    <ol className="followups">
      {c.followUps.map((f) => (
        <li key={f.id}>
          <strong>{t.followUpEntry(formatDate(f.date), t.statuses[f.status])}</strong>
          {f.note && <span> — {f.note}</span>}
        </li>
      ))}
    </ol>
  );
}
