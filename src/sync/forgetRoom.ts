// Everything this device learned about one meeting's room, forgotten at once (rule T26): the room
// secret (secretStore.ts), the fingerprints of the room's devices kept for rejoining and, when it
// is this meeting, the room the device was in (roomMemory.ts, rule R1). Presence and peer ids live
// only in memory and go with the session. Anything later kept per room must be removed here too.
import { forgetSecret } from './secretStore';
import { clearCurrentRoom, forgetMeetingPeers, loadCurrentRoom } from './roomMemory';

export async function forgetRoom(meetingId: string): Promise<void> {
  // The secret first and synchronously: whatever fails after, the device can no longer enter.
  forgetSecret(meetingId);
  await forgetMeetingPeers(meetingId);
  if ((await loadCurrentRoom())?.meetingId === meetingId) await clearCurrentRoom();
}
