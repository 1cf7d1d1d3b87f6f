// A teacher's private notes of a meeting (activities 19-20), in this device's database only. The
// note form writes here as the teacher types (throttled, flushed when the page is hidden), so a
// killed browser keeps what was typed; nothing here is ever written to a meeting's Y.Doc.
import { nextNote, noteId, type MeetingNote, type NoteField } from '../domain/meetingNote';
import { db } from './database';

export function getMeetingNote(meetingId: string, subject: string): Promise<MeetingNote | undefined> {
  return db.meetingNotes.get(noteId(meetingId, subject));
}

export function listMeetingNotes(meetingId: string): Promise<MeetingNote[]> {
  return db.meetingNotes.where('meetingId').equals(meetingId).sortBy('createdAt');
}

/**
 * Stores the note's fields, keeping its creation time. No write() here: like a draft, an
 * autosave asks nothing of the user and its failure is reported once by the form.
 */
export async function saveMeetingNote(
  meetingId: string,
  subject: string,
  fields: Record<NoteField, string>,
  now: number = Date.now(),
): Promise<MeetingNote> {
  return db.transaction('rw', ['meetingNotes'], async () => {
    const previous = await db.meetingNotes.get(noteId(meetingId, subject));
    const note = nextNote(previous, meetingId, subject, fields, now);
    await db.meetingNotes.put(note);
    return note;
  });
}
