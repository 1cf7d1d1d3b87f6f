// A teacher's own notes during the presentations (guide of the third session, activities 19-20):
// what problem was shared, what stood out, the doubts it raised, and how it compares with the
// teacher's own group. Private: kept in this device's bitácora only, never in a meeting document.
import { z } from 'zod';

export const NOTE_FIELDS = ['problem', 'relevant', 'doubts', 'compare'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];

export const MAX_NOTE_FIELD = 5000;

export interface MeetingNote {
  /** `${meetingId}|${subject}`: one note per presentation per meeting. */
  id: string;
  meetingId: string;
  /** The problemática card presented, or GENERAL_SUBJECT for notes not tied to one. */
  subject: string;
  fields: Record<NoteField, string>;
  createdAt: number;
  updatedAt: number;
}

export const GENERAL_SUBJECT = 'general';

export function noteId(meetingId: string, subject: string): string {
  return `${meetingId}|${subject}`;
}

export function emptyNoteFields(): Record<NoteField, string> {
  return { problem: '', relevant: '', doubts: '', compare: '' };
}

export function isEmptyNote(fields: Record<NoteField, string>): boolean {
  return NOTE_FIELDS.every((f) => !fields[f].trim());
}

/** The note as it is stored after an edit: the same id and creation time, fields cut to size. */
export function nextNote(
  previous: MeetingNote | undefined,
  meetingId: string,
  subject: string,
  fields: Record<NoteField, string>,
  now: number,
): MeetingNote {
  const cut = Object.fromEntries(NOTE_FIELDS.map((f) => [f, (fields[f] ?? '').slice(0, MAX_NOTE_FIELD)])) as Record<NoteField, string>;
  return {
    id: noteId(meetingId, subject),
    meetingId,
    subject,
    fields: cut,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
}

const text = z.string().max(MAX_NOTE_FIELD);
const time = z.number().finite().nonnegative();

/** A stored note as a backup file must carry it (a file is untrusted input). */
export const MeetingNoteSchema = z
  .object({
    id: z.string().min(3).max(300),
    meetingId: z.string().min(1).max(100),
    subject: z.string().min(1).max(100),
    fields: z.object({ problem: text, relevant: text, doubts: text, compare: text }),
    createdAt: time,
    updatedAt: time,
  })
  .refine((n) => n.id === noteId(n.meetingId, n.subject)) satisfies z.ZodType<MeetingNote>;
