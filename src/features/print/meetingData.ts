// Reads one meeting's document for printing: opened, validated (readMeeting), closed. Yjs loads
// only when a meeting is printed.
import type { MeetingSnapshot } from '../../meeting/snapshot';
import type { MeetingRoles } from '../../meeting/roles';
import { getMeetingRecord } from '../../db/meetings';

/** A meeting for paper: its validated snapshot and who had which role (A5-A7). */
export type PrintMeeting = MeetingSnapshot & { roles: MeetingRoles };

export async function readMeetingForPrint(meetingId: string): Promise<PrintMeeting | null> {
  // A wrong address must not create an empty meeting database on the device.
  if (!(await getMeetingRecord(meetingId))) return null;
  const [{ openMeetingDoc }, { readMeeting }, { readRoles }] = await Promise.all([
    import('../../meeting/persistence'),
    import('../../meeting/snapshot'),
    import('../../meeting/roles'),
  ]);
  const open = await openMeetingDoc(meetingId);
  try {
    await open.whenSynced;
    const snapshot = readMeeting(open.doc);
    return snapshot.meta ? Object.assign(snapshot, { roles: readRoles(open.doc) }) : null;
  } finally {
    await open.destroy();
  }
}
