// Timer writes (rule T1, docs/SYNC.md): absolute start times, replaced whole, so every device
// computes the same countdown from its own clock.
import type * as Y from 'yjs';
import type { SchoolRef } from '../domain/meeting';
import { MeetingInputError } from './errors';
import { timerOf } from './layout';

/** Starts a school's presentation: the absolute start time is shared, not ticks (T1). */
export function startPresentation(doc: Y.Doc, presenter: SchoolRef, now: number, minutes: number): void {
  doc.transact(() => timerOf(doc).set('presentation', { startedAt: now, durationMs: minutes * 60_000, presenter }));
}

export function stopPresentation(doc: Y.Doc): void {
  doc.transact(() => timerOf(doc).set('presentation', null));
}

export function startRound(doc: Y.Doc, now: number, minutes: number): void {
  doc.transact(() => timerOf(doc).set('round', { startedAt: now, durationMs: minutes * 60_000 }));
}

export function stopRound(doc: Y.Doc): void {
  doc.transact(() => timerOf(doc).set('round', null));
}

export function setTimerMinutes(doc: Y.Doc, presentationMinutes: number, roundMinutes: number): void {
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  if (!ok(presentationMinutes, 60) || !ok(roundMinutes, 600)) throw new MeetingInputError('invalidMeta');
  doc.transact(() => {
    timerOf(doc).set('presentationMinutes', presentationMinutes);
    timerOf(doc).set('roundMinutes', roundMinutes);
  });
}
