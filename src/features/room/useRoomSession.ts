// Opens the room session for a meeting and secret, and closes it when they change or the screen
// leaves. The session is exposed on window for tests and field diagnostics (never used by the app).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getSchool } from '../../db/schools';
import { RoomSession, type SessionSnapshot } from '../../sync/session';

export function useRoomSession(meetingId: string, secret: string): { session: RoomSession | null; failed: boolean } {
  const [session, setSession] = useState<RoomSession | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let opened: RoomSession | null = null;
    setSession(null);
    setFailed(false);
    (async () => {
      const school = await getSchool();
      const s = await RoomSession.open(meetingId, secret, { school: school?.name ?? '', person: school?.responsable ?? '' });
      if (!live) return void s.destroy();
      opened = s;
      (window as unknown as { __bitacoraSala?: RoomSession }).__bitacoraSala = s;
      setSession(s);
    })().catch(() => live && setFailed(true));
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [meetingId, secret]);
  return { session, failed };
}

const EMPTY = () => () => undefined;
const NONE = () => null;

export function useSnapshot(session: RoomSession | null): SessionSnapshot | null {
  return useSyncExternalStore(session?.subscribe ?? EMPTY, session?.getSnapshot ?? NONE);
}
