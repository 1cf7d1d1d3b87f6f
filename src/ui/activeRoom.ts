// What the shell needs to know about the room this device is in, without loading the sync code:
// the room service (lazy, in the room's chunk) writes here; the header's room bar reads it.
import { useSyncExternalStore } from 'react';

export interface ActiveRoomSummary {
  meetingId: string;
  /** Devices seen in the room besides this one. */
  peers: number;
  allHaveAll: boolean;
  /** This device hears none of the others (its Wi-Fi is likely down). */
  deaf?: boolean;
}

let current: ActiveRoomSummary | null = null;
const listeners = new Set<() => void>();

export function setActiveRoom(next: ActiveRoomSummary | null): void {
  const same =
    next === current ||
    (next &&
      current &&
      next.meetingId === current.meetingId &&
      next.peers === current.peers &&
      next.allHaveAll === current.allHaveAll &&
      next.deaf === current.deaf);
  if (same) return;
  current = next;
  listeners.forEach((l) => l());
}

const subscribe = (cb: () => void) => {
  listeners.add(cb);
  return () => listeners.delete(cb);
};
/** The room this device is in right now, if any (for defaults taken once, outside rendering). */
export const getActiveRoom = (): ActiveRoomSummary | null => current;

export function useActiveRoom(): ActiveRoomSummary | null {
  return useSyncExternalStore(subscribe, getActiveRoom, getActiveRoom);
}
