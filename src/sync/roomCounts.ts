// What the room counts for its screen (refusals and failures), shared by its parts.
export interface RoomCounts {
  /** Envelopes that did not open with the room key (wrong secret, garbage): refused. */
  refusedEnvelopes: number;
  /** Envelopes seen before or outside the clock window. */
  replayedEnvelopes: number;
  /** Links closed because the peer's hello did not open. */
  refusedLinks: number;
  failedConnections: number;
}

export function emptyRoomCounts(): RoomCounts {
  return { refusedEnvelopes: 0, replayedEnvelopes: 0, refusedLinks: 0, failedConnections: 0 };
}
