// Once per start, when the school is known: back into the room the device was in (rule R1).
import { useEffect } from 'react';

let started = false;

export function useResumeRoom(ready: boolean): void {
  useEffect(() => {
    if (!ready || started) return;
    started = true;
    void import('../features/room/resume')
      .then((m) => m.resumeRoom(window.location.pathname))
      .catch((err: unknown) => console.error('No se pudo volver a la sala', err));
  }, [ready]);
}
