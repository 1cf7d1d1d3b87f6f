// Shown on every screen while the device is in a meeting's room (except the room screen itself):
// the teacher knows the link is still up while writing on the panels, and can get back to the
// room in one tap. It also keeps the screen awake, since a locked phone drops its links.
import { roomBar as t } from '../i18n/common';
import { useWakeLock } from '../ui/useWakeLock';
import { useActiveRoom, type ActiveRoomSummary } from '../ui/activeRoom';
import { Link } from '../ui/router';

export function ActiveRoomBar({ path }: { path: string }) {
  const room = useActiveRoom();
  if (!room) return null;
  const roomPath = `/encuentros/${room.meetingId}/sala`;
  if (path === roomPath) return null;
  return <Bar room={room} roomPath={roomPath} />;
}

function Bar({ room, roomPath }: { room: ActiveRoomSummary; roomPath: string }) {
  useWakeLock();
  const state = room.deaf ? t.deaf : room.peers === 0 ? t.alone : `${t.devices(room.peers)}, ${room.allHaveAll ? t.allHaveAll : t.syncing}`;
  return (
    <section className="room-bar" aria-label={t.label}>
      <span>
        <span aria-hidden="true">● </span>
        {t.inRoom}: {state}
      </span>
      <Link to={roomPath}>{t.open}</Link>
      {room.peers > 0 && <Link to={`${roomPath}#volver`}>{t.rejoin}</Link>}
    </section>
  );
}
