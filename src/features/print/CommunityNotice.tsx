// Activity 33 on paper: one page for the school community with the commitments this school made
// at the meeting (who, by when, how results will be shown). No cover: it is pinned on a wall or
// handed to families as it is.
import type { School } from '../../domain/school';
import { formatDate } from '../../i18n/common';
import { noticeText as t } from '../../i18n/notice';
import type { PrintMeeting } from './meetingData';

export function CommunityNotice({ school, meeting }: { school: School; meeting: PrintMeeting }) {
  const commitments = meeting.byKind.compromiso.filter((c) => !c.annulled && c.school.cct === school.cct);
  const meta = meeting.meta!;
  return (
    <section className="print-session community-notice">
      <h1>{t.heading}</h1>
      <p>
        <strong>{school.name}</strong> · CCT {school.cct}
      </p>
      <p>{t.intro(school.name, meta.name, formatDate(meta.date))}</p>
      {commitments.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol>
          {commitments.map((c) => (
            <li key={c.id}>
              <strong>{c.text}</strong>
              {c.responsible ? (
                <>
                  <br />
                  {t.who}: {c.responsible}
                </>
              ) : null}
              {c.dueDate ? (
                <>
                  <br />
                  {t.when}: {formatDate(c.dueDate)}
                </>
              ) : null}
              {c.showResults ? (
                <>
                  <br />
                  {t.how}: {c.showResults}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <p>{t.closing}</p>
    </section>
  );
}
