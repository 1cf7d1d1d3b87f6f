// Reads one meeting's document for printing: opened, validated (readMeeting), closed. Yjs loads
// only when a meeting is printed.
import type { MeetingSnapshot } from '../meeting/snapshot';
import { getMeetingRecord } from '../db/meetings';

export async function readMeetingForPrint(meetingId: string): Promise<MeetingSnapshot | null> {
  // A wrong address must not create an empty meeting database on the device.
  if (!(await getMeetingRecord(meetingId))) return null;
  const [{ openMeetingDoc }, { readMeeting }] = await Promise.all([import('../meeting/persistence'), import('../meeting/snapshot')]);
  const open = await openMeetingDoc(meetingId);
  try {
    await open.whenSynced;
    const snapshot = readMeeting(open.doc);
    return snapshot.meta ? snapshot : null;
  } finally {
    await open.destroy();
  }
}
