// Reads one meeting's document for printing: opened, validated (readMeeting), closed. Yjs loads
// only when a meeting is printed.
import type { MeetingSnapshot } from '../../meeting/snapshot';
import type { MeetingRoles } from '../../meeting/roles';
import type { FollowUp } from '../../meeting/followUp';
import type { CommitmentReview } from '../../meeting/followUpReview';
import { getMeetingRecord } from '../../db/meetings';

/** A meeting for paper: its validated snapshot, who had which role (A5-A7) and, in a sixth session, what it reviews (N1-N3). */
export type PrintMeeting = MeetingSnapshot & {
  roles: MeetingRoles;
  followUp: FollowUp | null;
  reviews: Map<number, CommitmentReview>;
};

export async function readMeetingForPrint(meetingId: string): Promise<PrintMeeting | null> {
  // A wrong address must not create an empty meeting database on the device.
  if (!(await getMeetingRecord(meetingId))) return null;
  const [{ openMeetingDoc }, { readMeeting }, { readRoles }, { readFollowUp }, { readReviews }] = await Promise.all([
    import('../../meeting/persistence'),
    import('../../meeting/snapshot'),
    import('../../meeting/roles'),
    import('../../meeting/followUp'),
    import('../../meeting/followUpReview'),
  ]);
  const open = await openMeetingDoc(meetingId);
  try {
    await open.whenSynced;
    const snapshot = readMeeting(open.doc);
    if (!snapshot.meta) return null;
    const extra = { roles: readRoles(open.doc), followUp: readFollowUp(open.doc), reviews: readReviews(open.doc).byIndex };
    return Object.assign(snapshot, extra);
  } finally {
    await open.destroy();
  }
}
