// The meeting's shared timers (the presentation of one school, the whole round) as validated
// domain objects: what is read out of the meeting document's "timer" map is a peer's data.
import { z } from 'zod';
import { SchoolRefSchema } from './meeting';

const time = z.number().int().nonnegative().finite();

/** A positive whole number of milliseconds up to `hours`: a timer no meeting could run is damage. */
const durationUpTo = (hours: number) =>
  z
    .number()
    .int()
    .positive()
    .max(hours * 3600_000);

export const PresentationSchema = z.object({ startedAt: time, durationMs: durationUpTo(4), presenter: SchoolRefSchema });
export type Presentation = z.infer<typeof PresentationSchema>;

export const RoundSchema = z.object({ startedAt: time, durationMs: durationUpTo(12) });
type Round = z.infer<typeof RoundSchema>;

export const DEFAULT_PRESENTATION_MINUTES = 10;
export const DEFAULT_ROUND_MINUTES = 120;

export interface TimerState {
  presentation: Presentation | null;
  round: Round | null;
  presentationMinutes: number;
  roundMinutes: number;
}
