import { useEffect, useState } from 'react';

/** Milliseconds left of a countdown that started at `startedAt` (absolute time survives re-renders). */
export function useCountdown(startedAt: number, durationMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  return startedAt + durationMs - now;
}
