// Rule R3: the fingerprint of every device this one links to is kept (roomMemory.ts), learned
// only over authenticated links, so a later one-scan rejoin can predict that device's answer.
// A write can fail (a busy or briefly closed IndexedDB on a slow phone) and a description can
// still be settling when the link opens: either way the device would silently be unable to come
// back to that peer, so both are retried a few times instead of being logged once and forgotten.
import type { ObservableV2 } from 'lib0/observable';
import type { PeerId } from './envelope';
import { rememberPeer } from './roomMemory';
import { minimizeSdp } from './sdp';

export const LEARN_RETRY_MS = 1_000;
export const LEARN_ATTEMPTS = 5;

type Linked = { linked: (peer: PeerId, pc: RTCPeerConnection) => void };

const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

export function learnPeers(room: ObservableV2<Linked>, meetingId: string, remember = rememberPeer): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  const later = (pc: RTCPeerConnection, attempt: number) => {
    if (attempt + 1 >= LEARN_ATTEMPTS) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      learn(pc, attempt + 1);
    }, LEARN_RETRY_MS);
    timers.add(timer);
  };
  const learn = (pc: RTCPeerConnection, attempt: number) => {
    if (stopped) return;
    const fp = minimizeSdp(pc.remoteDescription?.sdp ?? '')?.fingerprint;
    if (!fp) {
      console.warn('El dispositivo enlazado aún no tiene huella legible', attempt);
      return later(pc, attempt);
    }
    remember(meetingId, toHex(fp)).catch((err: unknown) => {
      console.error('No se pudo recordar el dispositivo', err);
      later(pc, attempt);
    });
  };
  const onLinked = (_peer: PeerId, pc: RTCPeerConnection) => learn(pc, 0);
  room.on('linked', onLinked);
  return () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
    room.off('linked', onLinked);
  };
}
