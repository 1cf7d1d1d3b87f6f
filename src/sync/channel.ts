// The byte pipe under a link: an RTCDataChannel in the app, an in-memory pipe in unit tests.
export interface Channel {
  send(frame: Uint8Array): void;
  close(): void;
  /** Bytes queued in the browser and not yet on the wire (backpressure, T7). */
  bufferedAmount(): number;
  isOpen(): boolean;
  onMessage(cb: (frame: Uint8Array) => void): void;
  onClose(cb: () => void): void;
  /** Called when the browser's queue drained below the low-water mark. */
  onDrain(cb: () => void): void;
}

const DRAIN_LOW = 256 * 1024;

export function fromDataChannel(dc: RTCDataChannel): Channel {
  dc.binaryType = 'arraybuffer';
  dc.bufferedAmountLowThreshold = DRAIN_LOW;
  return {
    send: (frame) => dc.send(frame as Uint8Array<ArrayBuffer>),
    close: () => dc.close(),
    bufferedAmount: () => dc.bufferedAmount,
    isOpen: () => dc.readyState === 'open',
    onMessage: (cb) =>
      dc.addEventListener('message', (e: MessageEvent) => {
        // Text or blob frames are not ours: hand over an empty frame so it is counted as malformed.
        cb(e.data instanceof ArrayBuffer ? new Uint8Array(e.data) : new Uint8Array(0));
      }),
    onClose: (cb) => {
      dc.addEventListener('close', () => cb());
      dc.addEventListener('error', () => cb());
    },
    onDrain: (cb) => dc.addEventListener('bufferedamountlow', () => cb()),
  };
}
