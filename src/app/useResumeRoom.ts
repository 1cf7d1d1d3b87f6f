// Once per start, when the school is known: back into the room the device was in (rule R1).
import { useEffect } from 'react';
import { appPath, firstRouteChecked } from './lastRoute';

let started = false;

export function useResumeRoom(ready: boolean): void {
  useEffect(() => {
    if (!ready || started) return;
    started = true;
    // After the last screen is restored (issue 14): a teacher who was on a form goes back to the
    // form, with the room reopened behind it; one who was on the home screen goes to the room.
    void Promise.all([import('../features/room/resume'), firstRouteChecked])
      .then(([m]) => m.resumeRoom(appPath()))
      .catch((err: unknown) => console.error('No se pudo volver a la sala', err));
  }, [ready]);
}
