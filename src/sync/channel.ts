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

/** Text or blob frames are not ours: an empty frame is counted as malformed by the reader. */
const toFrame = (data: unknown): Uint8Array => (data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(0));

const held = new WeakMap<RTCDataChannel, { frames: Uint8Array[]; listener: (e: MessageEvent) => void }>();

/**
 * Keeps every frame that arrives before anything listens (T35). The channel can open, and the
 * peer's hello arrive, in tasks that run before the code awaiting setRemoteDescription resumes
 * and builds the link: that hello was dispatched to no one, the link waited 10 s for it and the
 * pairing failed on one side while the other showed "Dispositivo conectado" (1 pairing in ~50
 * here). Called when the channel is made, before any description is set.
 */
export function holdEarlyFrames(dc: RTCDataChannel): void {
  dc.binaryType = 'arraybuffer';
  const frames: Uint8Array[] = [];
  const listener = (e: MessageEvent) => frames.push(toFrame(e.data));
  dc.addEventListener('message', listener);
  held.set(dc, { frames, listener });
}

export function fromDataChannel(dc: RTCDataChannel): Channel {
  dc.binaryType = 'arraybuffer';
  dc.bufferedAmountLowThreshold = DRAIN_LOW;
  return {
    send: (frame) => dc.send(frame as Uint8Array<ArrayBuffer>),
    close: () => dc.close(),
    bufferedAmount: () => dc.bufferedAmount,
    isOpen: () => dc.readyState === 'open',
    onMessage: (cb) => {
      // The first reader takes the held frames, in order, before any live one (JS runs this
      // whole block before the next message event).
      const early = held.get(dc);
      held.delete(dc);
      if (early) dc.removeEventListener('message', early.listener);
      dc.addEventListener('message', (e: MessageEvent) => cb(toFrame(e.data)));
      for (const frame of early?.frames ?? []) cb(frame);
    },
    onClose: (cb) => {
      dc.addEventListener('close', () => cb());
      dc.addEventListener('error', () => cb());
    },
    onDrain: (cb) => dc.addEventListener('bufferedamountlow', () => cb()),
  };
}
