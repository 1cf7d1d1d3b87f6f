// The sixth session's "Para revisar en esta sesión": what the meeting it continues carried over
// (meeting/followUp.ts). Shown only in a meeting created by "Continuar este encuentro".
import { readFollowUp } from '../../meeting/followUp';
import { readReviews } from '../../meeting/followUpReview';
import { CommitmentReview } from './CommitmentReview';
import { formatDate } from '../../i18n/common';
import { followUpText as t } from '../../i18n/followUp';
import { Link } from '../../ui/router';
import { useMeeting } from './MeetingContext';
import { useDocValue } from './useAgenda';

export function FollowUpBox() {
  const { doc } = useMeeting();
  const f = useDocValue(doc, readFollowUp);
  const reviews = useDocValue(doc, readReviews, (v) => JSON.stringify([[...v.byIndex], v.invalid]));
  if (!f) return null;
  return (
    // The follow-up's agenda opens this box for its first activity (id "follow-up", domain/agenda.ts).
    <section className="card follow-up" id="follow-up" aria-labelledby="follow-up-title" tabIndex={-1}>
      <h2 id="follow-up-title">{t.heading}</h2>
      <p>
        <Link to={`/encuentros/${f.from.meetingId}`}>{t.from(f.from.name, formatDate(f.from.date))}</Link>
      </p>
      <h3>{t.observations}</h3>
      {f.observations.length ? (
        <ul>
          {f.observations.map((o, i) => (
            <li key={i}>
              {t.observation(o.teacher, o.teacherSchool.name, o.problem)}
              {o.notes ? <p className="muted">{o.notes}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.noObservations}</p>
      )}
      <h3>{t.commitments}</h3>
      {f.commitments.length ? (
        <ul>
          {f.commitments.map((c, i) => (
            <li key={i}>
              <strong>{c.text}</strong> <span className="muted">({c.school.name})</span>
              {c.responsible ? <p>{t.commitmentWho(c.responsible, c.dueDate ? formatDate(c.dueDate) : '—')}</p> : null}
              {c.showResults ? (
                <p>
                  {t.results}: {c.showResults}
                </p>
              ) : null}
              <CommitmentReview index={i} commitment={c} review={reviews.byIndex.get(i)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.noCommitments}</p>
      )}
      {f.invalid + reviews.invalid ? <p className="invalid-notice">{t.invalid(f.invalid + reviews.invalid)}</p> : null}
    </section>
  );
}
