// Creating a meeting touches both stores: its Y.Doc first (identity and the creating school), then
// the device's list row, so a listed meeting always has a document behind it.
import type { MeetingDraft, MeetingMeta, SchoolRef } from '../../domain/meeting';
import { newId } from '../../domain/ids';
import { initMeeting, joinSchool } from '../../meeting/model';
import { openMeetingDoc } from '../../meeting/persistence';
import { saveMeetingRecord } from '../../db/meetings';

export async function createMeeting(draft: MeetingDraft, school: SchoolRef, now: number = Date.now()): Promise<MeetingMeta> {
  const meta: MeetingMeta = { id: newId(), name: draft.name.trim(), date: draft.date, place: draft.place.trim(), createdAt: now };
  const opened = await openMeetingDoc(meta.id);
  try {
    await opened.whenSynced;
    initMeeting(opened.doc, meta);
    joinSchool(opened.doc, school, now);
  } finally {
    await opened.destroy();
  }
  await saveMeetingRecord(meta, now);
  return meta;
}
