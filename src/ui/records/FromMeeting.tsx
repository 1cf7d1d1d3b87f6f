// "Traído de un encuentro": a link back to the meeting a record came from, and, while the record
// still lacks what only the school can add (a práctica's three reasons, a conclusion's date and
// how results will be shown), a notice that lists it with a link to complete it.
import { useLiveQuery } from 'dexie-react-hooks';
import { getMeetingRecord } from '../../db/meetings';
import type { Origin } from '../../domain/record';
import { Link } from '../router';
import { takeHomeText as t } from '../../i18n/takeHome';

interface Props {
  origin: Origin | undefined;
  /** Spanish names of what is missing; empty when complete. */
  missing: string[];
  editTo: string;
  annulled: boolean;
}

export function FromMeeting({ origin, missing, editTo, annulled }: Props) {
  const meetingId = origin?.kind === 'meeting' ? origin.meetingId : '';
  // undefined while loading, null when the meeting is not on this device.
  const meeting = useLiveQuery(async () => (meetingId ? ((await getMeetingRecord(meetingId)) ?? null) : null), [meetingId]);
  if (origin?.kind !== 'meeting') return null;
  return (
    <>
      <p className="muted">
        {meeting ? <Link to={`/encuentros/${origin.meetingId}`}>{t.fromMeeting(meeting.name)}</Link> : t.fromUnknownMeeting}
      </p>
      {!annulled && missing.length > 0 && (
        <section className="card to-complete" role="status" aria-labelledby="to-complete-title">
          <h2 id="to-complete-title">{t.toComplete}</h2>
          <p>{t.toCompleteIntro}</p>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <Link to={editTo} className="button">
            {t.completeLink}
          </Link>
        </section>
      )}
    </>
  );
}
