// Keeps the screen on while the room is open (phones lock after 30 s and the link drops). The
// browser releases the lock when the tab is hidden, so it is requested again on return.
import { useEffect, useState } from 'react';

export function useWakeLock(): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let active = true;
    const request = async () => {
      try {
        lock = await navigator.wakeLock.request('screen');
        if (!active) void lock.release();
        else {
          setHeld(true);
          lock.addEventListener('release', () => setHeld(false));
        }
      } catch {
        setHeld(false);
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void request();
    };
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release();
    };
  }, []);
  return held;
}
