// A sixth session on paper (N1-N3): the class it observes and each commitment it carried, with how
// its school said it went. Nothing when the meeting continues none.
import { formatDate } from '../../i18n/common';
import { followUpText as t } from '../../i18n/followUp';
import type { PrintMeeting } from './meetingData';

export function FollowUpPrint({ s }: { s: PrintMeeting }) {
  const f = s.followUp;
  if (!f) return null;
  return (
    <section className="print-session">
      <h2>{t.heading}</h2>
      <p>{t.from(f.from.name, formatDate(f.from.date))}</p>
      {f.observations.length > 0 && (
        <div className="print-block">
          <h3>{t.observations}</h3>
          <ul>
            {f.observations.map((o, i) => (
              <li key={i}>{t.observation(o.teacher, o.teacherSchool.name, o.problem)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="print-block">
        <h3>{t.commitments}</h3>
        {f.commitments.length === 0 ? (
          <p>{t.noCommitments}</p>
        ) : (
          <ul className="print-cards">
            {f.commitments.map((c, i) => {
              const r = s.reviews.get(i);
              return (
                <li key={i} className="print-card">
                  <span className="print-text">{c.text}</span> <span className="print-byline">— {c.school.name}</span>
                  <p className="print-field">
                    {r
                      ? t.review.done(
                          t.review.status[r.status],
                          r.author,
                          r.schoolName,
                          formatDate(new Date(r.at).toISOString().slice(0, 10)),
                        )
                      : t.review.none}
                    {r?.note ? `: ${r.note}` : ''}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
