// "Olvidar este encuentro" (rule T26): the meeting leaves this device entirely — its room closes,
// its secret and what the device learned about the room's devices are forgotten (sync/forgetRoom),
// its row leaves the list and its document (the y-indexeddb database) is deleted. To come back the
// device needs a new invitation. The other devices keep the meeting; records the school already
// took home to its bitácora stay, they are the school's. Later per-meeting state belongs here.
import { deleteMeetingRecord } from '../../db/meetings';
import { deleteMeetingDoc } from '../../meeting/persistence';
import { forgetRoom } from '../../sync/forgetRoom';
import { dropHandoff } from '../room/handoff';
import { getRoomState, leaveRoom } from '../room/roomService';

export async function forgetMeeting(meetingId: string, opts: { onBlocked?: () => void } = {}): Promise<void> {
  const room = getRoomState();
  if (room.status !== 'closed' && room.meetingId === meetingId) await leaveRoom();
  dropHandoff(meetingId);
  // The secret goes first: whatever else fails, the device can no longer enter the room.
  await forgetRoom(meetingId);
  await deleteMeetingRecord(meetingId);
  await deleteMeetingDoc(meetingId, opts);
}
