import { useEffect, useState } from 'react';

/** The current time, refreshed twice a second: countdowns are computed from absolute times. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  return now;
}
