// A signaling transport other than the data channels themselves: the LAN relay or the
// BroadcastChannel between tabs. It only moves sealed envelopes; the room opens and checks them.
export interface SignalTransport {
  readonly name: 'lan' | 'tabs';
  /** Starts delivering; onUp runs each time the transport (re)connects, so the room re-announces. */
  start(receive: (sealed: Uint8Array) => void, onUp: () => void): void;
  send(sealed: Uint8Array): void;
  close(): void;
}
