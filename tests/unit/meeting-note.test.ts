import { expect, it } from 'vitest';
import { emptyNoteFields, isEmptyNote, MAX_NOTE_FIELD, MeetingNoteSchema, nextNote, noteId } from '../../src/domain/meetingNote';

it('a note keeps its id and creation time across edits, and cuts overlong fields', () => {
  const first = nextNote(undefined, 'm1', 'p1', { ...emptyNoteFields(), doubts: '¿Cómo evalúan?' }, 10);
  expect(first).toMatchObject({ id: 'm1|p1', createdAt: 10, updatedAt: 10 });
  const second = nextNote(first, 'm1', 'p1', { ...first.fields, relevant: 'x'.repeat(MAX_NOTE_FIELD + 5) }, 20);
  expect(second).toMatchObject({ id: noteId('m1', 'p1'), createdAt: 10, updatedAt: 20 });
  expect(second.fields.relevant).toHaveLength(MAX_NOTE_FIELD);
  expect(second.fields.doubts).toBe('¿Cómo evalúan?');
});

it('a note of blanks is empty; one word is not', () => {
  expect(isEmptyNote({ ...emptyNoteFields(), compare: '  ' })).toBe(true);
  expect(isEmptyNote({ ...emptyNoteFields(), compare: 'igual' })).toBe(false);
});

it('a backup row whose id does not match its meeting and subject is refused', () => {
  const ok = nextNote(undefined, 'm1', 'general', emptyNoteFields(), 1);
  expect(MeetingNoteSchema.safeParse(ok).success).toBe(true);
  expect(MeetingNoteSchema.safeParse({ ...ok, id: 'm2|general' }).success).toBe(false);
  expect(MeetingNoteSchema.safeParse({ ...ok, fields: { ...ok.fields, doubts: 3 } }).success).toBe(false);
});
