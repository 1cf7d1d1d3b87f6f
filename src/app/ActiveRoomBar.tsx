// Shown on every screen while the device is in a meeting's room (except the room screen itself):
// the teacher knows the link is still up while writing on the panels, and can get back to the
// room in one tap, or read a returning device's QR right here without leaving the screen (issue 15).
// It also keeps the screen awake, since a locked phone drops its links.
import { lazy, Suspense, useRef, useState } from 'react';
import { common, roomBar as t } from '../i18n/common';
import { useWakeLock } from '../ui/useWakeLock';
import { useActiveRoom, type ActiveRoomSummary } from '../ui/activeRoom';
import { Link } from '../ui/router';

// The scanner and the rejoin code load with the room's chunk, only when asked for.
const BarRejoin = lazy(() => import('../features/room/BarRejoin'));

export function ActiveRoomBar({ path }: { path: string }) {
  const room = useActiveRoom();
  if (!room) return null;
  const roomPath = `/encuentros/${room.meetingId}/sala`;
  if (path === roomPath) return null;
  return <Bar room={room} roomPath={roomPath} />;
}

function Bar({ room, roomPath }: { room: ActiveRoomSummary; roomPath: string }) {
  useWakeLock();
  const [scanning, setScanning] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const state = room.deaf ? t.deaf : room.peers === 0 ? t.alone : `${t.devices(room.peers)}, ${room.allHaveAll ? t.allHaveAll : t.syncing}`;
  const close = () => {
    setScanning(false);
    button.current?.focus();
  };
  return (
    <>
      <section className="room-bar" aria-label={t.label}>
        <span>
          <span aria-hidden="true">● </span>
          {t.inRoom}: {state}
        </span>
        <Link to={roomPath}>{t.open}</Link>
        {/* Any device still in the room may bring back one that dropped out, even a lone one. */}
        <button
          type="button"
          ref={button}
          className="link-button"
          aria-expanded={scanning}
          aria-controls={scanning ? 'bar-rejoin' : undefined}
          onClick={() => (scanning ? close() : setScanning(true))}
        >
          {t.rejoin}
        </button>
      </section>
      {scanning && (
        <div id="bar-rejoin">
          <Suspense fallback={<p role="status">{common.loading}</p>}>
            <BarRejoin onClose={close} />
          </Suspense>
        </div>
      )}
    </>
  );
}
