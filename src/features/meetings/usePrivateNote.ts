// One private note (meeting + presentation) on screen and on disk: read first, then written as it
// is typed through the same throttled autosave as drafts (ui/autosave.ts), flushed when the page
// is hidden or the note changes, so a kill loses at most the last fraction of a second.
import { useEffect, useRef, useState } from 'react';
import { getMeetingNote, saveMeetingNote } from '../../db/meetingNotes';
import { DRAFT_SAVE_DELAY_MS } from '../../domain/draft';
import { emptyNoteFields, type NoteField } from '../../domain/meetingNote';
import { createAutosave, type Autosave } from '../../ui/autosave';

type Fields = Record<NoteField, string>;

export interface PrivateNote {
  fields: Fields | null;
  set(field: NoteField, value: string): void;
  savedAt: number | null;
  failed: boolean;
}

export function usePrivateNote(meetingId: string, subject: string): PrivateNote {
  const [fields, setFields] = useState<Fields | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const saver = useRef<Autosave<Fields> | null>(null);
  const current = useRef<Fields | null>(null);

  useEffect(() => {
    let closed = false;
    current.current = null;
    setFields(null);
    setSavedAt(null);
    const autosave = createAutosave<Fields>({
      delay: DRAFT_SAVE_DELAY_MS,
      write: async (value) => {
        const note = await saveMeetingNote(meetingId, subject, value);
        if (!closed) setSavedAt(note.updatedAt);
      },
      onError: () => !closed && setFailed(true),
      onWritten: () => !closed && setFailed(false),
    });
    // No write before the stored note is read: an empty form must never overwrite it.
    void getMeetingNote(meetingId, subject).then(
      (note) => {
        if (closed) return;
        current.current = note?.fields ?? emptyNoteFields();
        setFields(current.current);
        setSavedAt(note?.updatedAt ?? null);
        saver.current = autosave;
      },
      () => !closed && setFailed(true),
    );
    const flush = () => void autosave.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      closed = true;
      saver.current = null;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      void autosave.flush().then(() => autosave.stop());
    };
  }, [meetingId, subject]);

  return {
    fields,
    savedAt,
    failed,
    set(field, value) {
      if (!current.current) return;
      const next = { ...current.current, [field]: value };
      current.current = next;
      setFields(next);
      saver.current?.change(next);
    },
  };
}
