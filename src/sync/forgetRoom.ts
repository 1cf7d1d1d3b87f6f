// Everything this device learned about one meeting's room, forgotten at once (rule T26): today the
// room secret (secretStore.ts); the room's devices' presence and peer ids live only in memory and
// go with the session. Anything later kept per room on this device (for example the devices'
// fingerprints remembered for rejoining) must be removed here too, so forgetting stays complete.
import { forgetSecret } from './secretStore';

export function forgetRoom(meetingId: string): void {
  forgetSecret(meetingId);
}
