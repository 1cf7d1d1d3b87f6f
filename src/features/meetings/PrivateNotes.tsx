// "Mis notas de las presentaciones" (activities 19-20): each teacher's own notes, one per
// presentation, kept in this device's bitácora (db/meetingNotes.ts) and never in the meeting's
// document, so no room and no meeting file carries them.
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listMeetingNotes } from '../../db/meetingNotes';
import { GENERAL_SUBJECT, NOTE_FIELDS } from '../../domain/meetingNote';
import { meetingNotesText as t } from '../../i18n/meetingNotes';
import { SelectField, TextArea } from '../../ui/Field';
import { useMeeting } from './MeetingContext';
import { usePrivateNote } from './usePrivateNote';

export const PRIVATE_NOTES_ID = 'mis-notas';

const timeOf = (ms: number) => new Date(ms).toLocaleTimeString('es-MX', { hour: '2-digit', minute: '2-digit' });

/** Opens the notes box and puts the cursor in it (from the agenda's activity 19-20). */
export function openPrivateNotes(): void {
  const box = document.getElementById(PRIVATE_NOTES_ID);
  if (!(box instanceof HTMLDetailsElement)) return;
  if (box.open) {
    box.scrollIntoView({ block: 'start' });
    box.querySelector<HTMLElement>('select')?.focus();
    return;
  }
  // The form mounts when the box opens (NoteForm focuses itself then).
  box.dataset.focus = 'true';
  box.open = true;
}

export function PrivateNotes({ meetingId }: { meetingId: string }) {
  const [open, setOpen] = useState(false);
  const count = useLiveQuery(async () => (await listMeetingNotes(meetingId)).length, [meetingId]);
  return (
    <details className="card private-notes" id={PRIVATE_NOTES_ID} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="agenda-title">{t.heading}</h2>
        {count ? <span className="agenda-summary"> · {t.count(count)}</span> : null}
      </summary>
      {/* Rendered only when open: a closed box reads no note and lists no presentation. */}
      {open ? <NoteForm meetingId={meetingId} /> : null}
    </details>
  );
}

function NoteForm({ meetingId }: { meetingId: string }) {
  const { snapshot } = useMeeting();
  const problems = snapshot.byKind.problematica.filter((p) => !p.annulled);
  const [subject, setSubject] = useState<string>(GENERAL_SUBJECT);
  const note = usePrivateNote(meetingId, subject);
  const form = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = document.getElementById(PRIVATE_NOTES_ID);
    if (!box?.dataset.focus) return;
    delete box.dataset.focus;
    box.scrollIntoView({ block: 'start' });
    form.current?.querySelector('select')?.focus();
  }, []);
  return (
    <div ref={form}>
      <p className="hint">🔒 {t.privacy}</p>
      <SelectField
        label={t.subject}
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
        options={[
          { value: GENERAL_SUBJECT, label: t.general },
          ...problems.map((p) => ({ value: p.id, label: t.presentation(p.text.slice(0, 80), p.school.name) })),
        ]}
      />
      {note.fields
        ? NOTE_FIELDS.map((f) => (
            <TextArea
              key={`${subject}-${f}`}
              label={t.fields[f]}
              hint={t.hints[f] || undefined}
              value={note.fields![f]}
              onChange={(e) => note.set(f, e.target.value)}
              maxLength={5000}
              rows={3}
            />
          ))
        : null}
      <p role="status" className="muted">
        {note.failed ? '' : note.savedAt ? t.saved(timeOf(note.savedAt)) : ''}
      </p>
      {note.failed ? (
        <p role="alert" className="form-error">
          {t.notSaved}
        </p>
      ) : null}
    </div>
  );
}
