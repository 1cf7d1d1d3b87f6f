// The presentation timer as a pure function of an absolute start time: every device computes the
// same countdown from the shared document and its own clock, so there are no ticks to sync.

export const WARNING_MS = 2 * 60_000;

type TimerPhase = 'idle' | 'running' | 'warning' | 'overrun';

interface Countdown {
  phase: TimerPhase;
  /** Milliseconds left; negative once the time is over (the overrun). */
  remainingMs: number;
}

export function countdown(timer: { startedAt: number; durationMs: number } | null, now: number): Countdown {
  if (!timer) return { phase: 'idle', remainingMs: 0 };
  const remainingMs = timer.startedAt + timer.durationMs - now;
  if (remainingMs < 0) return { phase: 'overrun', remainingMs };
  if (remainingMs <= WARNING_MS) return { phase: 'warning', remainingMs };
  return { phase: 'running', remainingMs };
}

/** "9:58", "0:05", "-1:12" (overrun), "1:05:00" for the two-hour round. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  // Count down in whole seconds, rounding up, so "0:00" appears only when the time is really over.
  const total = ms < 0 ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}
