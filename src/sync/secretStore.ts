// Where a device keeps each meeting's room secret: localStorage, on this device only. It is never
// written into the meeting document, so exporting or printing a meeting never leaks it.
import { isRoomSecret, newRoomSecret } from './crypto';

const keyFor = (meetingId: string) => `bitacora-sala-secreto:${meetingId}`;

export function loadOrCreateSecret(meetingId: string): string {
  const stored = localStorage.getItem(keyFor(meetingId));
  if (stored && isRoomSecret(stored)) return stored;
  const secret = newRoomSecret();
  localStorage.setItem(keyFor(meetingId), secret);
  return secret;
}

/** Joining a room adopts the host's secret (everyone in the room shares one). */
export function saveSecret(meetingId: string, secret: string): void {
  localStorage.setItem(keyFor(meetingId), secret);
}

/** Whether this device holds the meeting's room secret (it joined or hosted, and did not forget). */
export function hasSecret(meetingId: string): boolean {
  const stored = localStorage.getItem(keyFor(meetingId));
  return stored !== null && isRoomSecret(stored);
}

/** Forgetting a meeting (T26): without the secret the device needs a new invitation to return. */
export function forgetSecret(meetingId: string): void {
  localStorage.removeItem(keyFor(meetingId));
}

const RELAY_KEY = 'bitacora-sala-relevo';
export const loadRelayUrl = (): string => localStorage.getItem(RELAY_KEY) ?? '';
export const saveRelayUrl = (url: string): void => localStorage.setItem(RELAY_KEY, url);
