// An open edit of a meeting card (its text, or the fields of a published problemática) kept on the
// device as it is typed (issue 14). The draft belongs to the card's words as they were when the
// edit opened (a hash of them is the version: the card's edit time is a last-writer-wins field that
// a concurrent edit from another device may lose, so it cannot tell every change). When the card changes under the open edit (another
// device's edit arrives) or under a draft that waited through a kill, the teacher is told and
// chooses; nothing is overwritten silently.
import { useRef, useState } from 'react';
import { contentVersion } from '../../domain/draft';
import { useDurableDraft, type DurableDraft } from '../../ui/useDurableDraft';
import { useKeptEdits } from './keptEdits';
import { useMeeting } from './MeetingContext';

interface Edit<V> {
  value: V;
  /** The card's version the draft started from (its key: it never moves under an open edit). */
  base: number;
  /** The card's version the teacher has seen: a newer one is a change made meanwhile. */
  seen: number;
}

export interface CardEdit<V> {
  kept: DurableDraft;
  /** The words being edited, or null when the card is not being edited. */
  value: V | null;
  begin(): void;
  change(value: V): void;
  /** Saved into the meeting, or cancelled: the draft goes now. */
  close(): void;
  /** The card changed since the teacher opened (or last chose on) this edit. */
  changedMeanwhile: boolean;
  keepMine(): void;
  takeSaved(): void;
}

export function useCardEdit<V>(form: string, cardId: string, saved: () => V, label: (value: V) => string): CardEdit<V> {
  const { snapshot } = useMeeting();
  const meetingId = snapshot.meta?.id;
  const recordId = `${meetingId}/${cardId}`;
  const version = contentVersion(saved());
  const hasKept = useKeptEdits(form).has(recordId);
  const [edit, setEdit] = useState<Edit<V> | null>(null);
  const latest = useRef(version);
  latest.current = version;
  const savedRef = useRef(saved);
  savedRef.current = saved;
  const kept = useDurableDraft<V | null>({
    // Only a card being edited, or one with a kept draft, reads or writes drafts.
    key: meetingId && (edit || hasKept) ? { form, recordId, version: edit ? edit.base : version } : null,
    value: edit ? edit.value : null,
    initial: null,
    // A kept draft (restored, kept after a change, or undone) reopens the editor on the version now shown.
    apply: (v) => setEdit(v === null ? null : { value: v, base: latest.current, seen: latest.current }),
    label: (v) => (v === null ? '' : label(v)),
  });
  return {
    kept,
    value: edit ? edit.value : null,
    begin: () => setEdit({ value: savedRef.current(), base: latest.current, seen: latest.current }),
    change: (value) => setEdit((e) => (e ? { ...e, value } : e)),
    close() {
      kept.clear();
      setEdit(null);
    },
    changedMeanwhile: edit !== null && version !== edit.seen,
    keepMine() {
      setEdit((e) => (e ? { ...e, seen: latest.current } : e));
      kept.rebase(latest.current);
    },
    takeSaved() {
      setEdit((e) => (e ? { ...e, value: savedRef.current(), seen: latest.current } : e));
      kept.rebase(latest.current);
    },
  };
}
