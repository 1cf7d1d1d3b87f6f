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

const RELAY_KEY = 'bitacora-sala-relevo';
export const loadRelayUrl = (): string => localStorage.getItem(RELAY_KEY) ?? '';
export const saveRelayUrl = (url: string): void => localStorage.setItem(RELAY_KEY, url);
