// The room this device is in. It stays open while the teacher moves between screens (panels,
// slides, the bitácora), so cards and the shared timer keep flowing; it closes only when the
// teacher leaves the room, enters another one, or the tab closes. The meeting document itself is
// the tab's shared instance (meeting/sharedDocs.ts), so every screen sees the peers' changes live.
import { setActiveRoom } from '../../ui/activeRoom';
import { getSchool } from '../../db/schools';
import { addCard, joinSchool } from '../../meeting/model';
import { readCard } from '../../meeting/readCard';
import { learnPeers } from '../../sync/learnPeers';
import { clearCurrentRoom, saveCurrentRoom } from '../../sync/roomMemory';
import { RoomSession } from '../../sync/session';
import { keepMeetingListed } from './keepListed';

type RoomState =
  | { status: 'closed' }
  | { status: 'opening'; meetingId: string; secret: string }
  | { status: 'open'; meetingId: string; secret: string; session: RoomSession }
  | { status: 'failed'; meetingId: string; secret: string };

let state: RoomState = { status: 'closed' };
let unwatch: (() => void) | null = null;
const listeners = new Set<() => void>();

function set(next: RoomState): void {
  state = next;
  listeners.forEach((l) => l());
}

function summarize(session: RoomSession): void {
  const snap = session.getSnapshot();
  setActiveRoom({ meetingId: session.meetingId, peers: snap.peers.length, allHaveAll: snap.allHaveAll, deaf: snap.status === 'deaf' });
}

export function subscribeRoom(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export const getRoomState = (): RoomState => state;

/** Opens the room for this meeting and secret, closing any other room first. */
export function enterRoom(meetingId: string, secret: string): void {
  if (state.status !== 'closed' && state.status !== 'failed' && state.meetingId === meetingId && state.secret === secret) return;
  void closeCurrent();
  const opening: RoomState = { status: 'opening', meetingId, secret };
  set(opening);
  void (async () => {
    const school = await getSchool();
    const session = await RoomSession.open(meetingId, secret, { school: school?.name ?? '', person: school?.responsable ?? '' });
    if (state !== opening) return void session.destroy();
    const stopSummary = session.subscribe(() => summarize(session));
    const stopListing = keepMeetingListed(session.doc, meetingId);
    const stopLearning = learnPeers(session.room, meetingId);
    unwatch = () => {
      stopSummary();
      stopListing();
      stopLearning();
    };
    // The room survives the page (R1): after a reload or a kill the app comes back into it.
    void saveCurrentRoom(meetingId, secret).catch((err: unknown) => console.error('No se pudo recordar la sala', err));
    summarize(session);
    exposeForDiagnostics(session);
    set({ status: 'open', meetingId, secret, session });
  })().catch((err: unknown) => {
    console.error('No se pudo abrir la sala', err);
    if (state === opening) set({ status: 'failed', meetingId, secret });
  });
}

/** Leaves the room: links close, the other devices see this one go. Nothing written is lost. */
export async function leaveRoom(): Promise<void> {
  const closing = closeCurrent();
  set({ status: 'closed' });
  await Promise.all([closing, clearCurrentRoom().catch((err: unknown) => console.error('No se pudo olvidar la sala', err))]);
}

/**
 * With the diagnostics switch on (localStorage 'bitacora-diagnostico' = '1', set by the tests and
 * by a technician in the browser console), the open session is reachable as window.__bitacoraSala,
 * and the meeting model's writer and reader as window.__bitacoraModelo: the transport tests write
 * thousands of cards exactly as the panels do and count what the reader accepts.
 * Off by default: the room's secret and document are not left in the page's global scope.
 */
function exposeForDiagnostics(session: RoomSession | null): void {
  let on = false;
  try {
    on = localStorage.getItem('bitacora-diagnostico') === '1';
  } catch {
    on = false;
  }
  const w = window as unknown as { __bitacoraSala?: RoomSession; __bitacoraModelo?: unknown };
  if (on && session) {
    w.__bitacoraSala = session;
    w.__bitacoraModelo = { addCard, joinSchool, readCard };
  } else {
    delete w.__bitacoraSala;
    delete w.__bitacoraModelo;
  }
}

function closeCurrent(): Promise<void> {
  exposeForDiagnostics(null);
  unwatch?.();
  unwatch = null;
  setActiveRoom(null);
  return state.status === 'open' ? state.session.destroy() : Promise.resolve();
}
