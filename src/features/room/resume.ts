// At start-up, a device that was in a room when its page went away (a reload, Android killing
// the tab, a crash) goes back into it (rule R1): to the room screen, where "Volver a la sala"
// shows its one QR, when it starts on the home screen or on that meeting; otherwise the room opens
// behind the screen it starts on and the room bar offers the way back. Small on purpose: it runs
// on every start and loads the room's code only when there is a room to go back to.
import { navigate } from '../../ui/router';
import { loadCurrentRoom } from '../../sync/roomMemory';
import { saveSecret } from '../../sync/secretStore';

export async function resumeRoom(path: string): Promise<void> {
  const current = await loadCurrentRoom();
  if (!current) return;
  // localStorage may have lost a secret adopted seconds before a kill; IndexedDB has it.
  saveSecret(current.meetingId, current.secret);
  const roomPath = `/encuentros/${current.meetingId}/sala`;
  if (path === roomPath) return;
  // Launched on the home screen: back to the room screen. On any other screen (the meeting's
  // panels included, or the form the last screen restored) the room reopens behind it; the room
  // bar says so, and the teacher is never pulled away from what they were doing.
  if (path === '/') return navigate(roomPath, { replace: true });
  const { enterRoom } = await import('./roomService');
  enterRoom(current.meetingId, current.secret);
}
