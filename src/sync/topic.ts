// The public name of a room on shared signaling media (LAN relay topic, BroadcastChannel name).
// Derived from the secret, so the relay learns neither the meeting id nor the secret.
import { fromBase64Url, toBase64Url } from './bytes';

export async function roomTopic(secret: string, meetingId: string): Promise<string> {
  const raw = fromBase64Url(secret) ?? new Uint8Array();
  const data = new Uint8Array([...raw, ...new TextEncoder().encode(`|${meetingId}|topic`)]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return `bitacora-${toBase64Url(digest.subarray(0, 16))}`;
}
