// The room screen's view of the room service: enters the room on mount (it stays open when the
// screen goes away; see roomService.ts) and follows the session's snapshot.
import { useEffect, useSyncExternalStore } from 'react';
import type { RoomSession, SessionSnapshot } from '../../sync/session';
import { enterRoom, getRoomState, subscribeRoom } from './roomService';

export function useRoomSession(meetingId: string, secret: string | null): { session: RoomSession | null; failed: boolean } {
  useEffect(() => {
    if (secret !== null) enterRoom(meetingId, secret);
  }, [meetingId, secret]);
  const state = useSyncExternalStore(subscribeRoom, getRoomState);
  const mine = state.status !== 'closed' && state.meetingId === meetingId && state.secret === secret;
  return {
    session: mine && state.status === 'open' ? state.session : null,
    failed: mine && state.status === 'failed',
  };
}

const EMPTY = () => () => undefined;
const NONE = () => null;

export function useSnapshot(session: RoomSession | null): SessionSnapshot | null {
  return useSyncExternalStore(session?.subscribe ?? EMPTY, session?.getSnapshot ?? NONE);
}
