// Creating a meeting touches both stores: its Y.Doc first (identity and the creating school), then
// the device's list row, so a listed meeting always has a document behind it.
import type { MeetingDraft, MeetingMeta, MeetingProblemDraft, SchoolRef } from '../../domain/meeting';
import { newId } from '../../domain/ids';
import { initMeeting, joinSchool, publishProblem, type Writer } from '../../meeting/model';
import { openMeetingDoc } from '../../meeting/persistence';
import { saveMeetingRecord } from '../../db/meetings';

export async function createMeeting(draft: MeetingDraft, school: SchoolRef, now: number = Date.now()): Promise<MeetingMeta> {
  const meta: MeetingMeta = { id: newId(), name: draft.name.trim(), date: draft.date, place: draft.place.trim(), createdAt: now };
  const opened = await openMeetingDoc(meta.id);
  try {
    await opened.whenSynced;
    initMeeting(opened.doc, meta, school);
    joinSchool(opened.doc, school, now);
  } finally {
    await opened.destroy();
  }
  await saveMeetingRecord(meta, now);
  return meta;
}

/**
 * "Publicar en el encuentro" from the school's bitácora, in one tap: copies the problemática's
 * fields into the meeting's panel (M8; pass the record id as sourceId so a second tap does not
 * duplicate). The meeting does not need to be open. Returns the card id.
 */
export async function publishProblemToMeeting(
  meetingId: string,
  problem: MeetingProblemDraft,
  writer: Writer,
  now: number = Date.now(),
): Promise<string> {
  const opened = await openMeetingDoc(meetingId);
  try {
    await opened.whenSynced;
    joinSchool(opened.doc, writer.school, now);
    return publishProblem(opened.doc, problem, writer, now);
  } finally {
    await opened.destroy();
  }
}

/**
 * "Continuar este encuentro" (issue 19, item 6): a new meeting for the sixth session, for the same
 * schools, carrying the observed class and the commitments to review (meeting/followUp.ts).
 * The source is read through the same validated reader the screens use.
 */
export async function continueMeeting(
  sourceId: string,
  school: SchoolRef,
  nameOf: (sourceName: string) => string,
  today: string,
  now: number = Date.now(),
): Promise<MeetingMeta> {
  const [{ readMeeting }, { listMeetingOutcomes }, { followUpFrom, writeFollowUp }] = await Promise.all([
    import('../../meeting/snapshot'),
    import('../../meeting/outcomes'),
    import('../../meeting/followUp'),
  ]);
  const source = await openMeetingDoc(sourceId);
  let carried;
  let schools: SchoolRef[];
  let from: MeetingMeta;
  try {
    await source.whenSynced;
    const snapshot = readMeeting(source.doc);
    if (!snapshot.meta) throw new Error('El encuentro está dañado: no se puede continuar.');
    from = snapshot.meta;
    carried = followUpFrom(sourceId, from, listMeetingOutcomes(snapshot));
    schools = snapshot.schools.map((s) => ({ name: s.name, cct: s.cct }));
  } finally {
    await source.destroy();
  }
  const meta: MeetingMeta = { id: newId(), name: nameOf(from.name).slice(0, 200), date: today, place: from.place, createdAt: now };
  const opened = await openMeetingDoc(meta.id);
  try {
    await opened.whenSynced;
    initMeeting(opened.doc, meta, school);
    joinSchool(opened.doc, school, now);
    for (const s of schools) if (s.cct !== school.cct) joinSchool(opened.doc, s, now);
    writeFollowUp(opened.doc, carried);
  } finally {
    await opened.destroy();
  }
  await saveMeetingRecord(meta, now);
  return meta;
}
