// The meeting room (/encuentros/:id/sala): pair devices, watch who is here and whether everyone
// has everything. Keeps the screen awake while open. The room stays open when the teacher goes to
// the panels or the slides (roomService.ts); "Salir de la sala" closes it.
import { useEffect, useState } from 'react';
import { Link, navigate } from '../../ui/router';
import { roomText as t } from '../../i18n/room';
import type { Invitation } from '../../sync/pairingCode';
import { saveSecret } from '../../sync/secretStore';
import { RoomStatus } from './DeviceList';
import { handOff, peekHandoff, releaseHandoff } from './handoff';
import { InvitePanel } from './InvitePanel';
import { JoinPanel } from './JoinPanel';
import { LanPanel } from './LanPanel';
import { RejoinPanel } from './RejoinPanel';
import { RejoinScanPanel } from './RejoinScanPanel';
import { enterRoom, leaveRoom } from './roomService';
import { common } from '../../i18n/common';
import { useRejoinAccept } from './useRejoinAccept';
import { useRoomSecret } from './useRoomSecret';
import { useRoomSession, useSnapshot } from './useRoomSession';
import { useWakeLock } from '../../ui/useWakeLock';

export default function RoomPage({ params }: { params: Record<string, string> }) {
  // A new meeting id is a new room: nothing of the previous one's state may carry over.
  return <Room key={params.id} meetingId={params.id ?? ''} />;
}

async function leave(meetingId: string): Promise<void> {
  await leaveRoom();
  navigate(`/encuentros/${meetingId}`);
}

function Room({ meetingId }: { meetingId: string }) {
  // An invitation scanned on the join screen brings the room's secret: adopt it before opening.
  // Read without taking it: this render may be thrown away and run again (handoff.ts).
  const [initial, setInitial] = useState<Invitation | null>(() => {
    const inv = peekHandoff(meetingId);
    if (inv) saveSecret(meetingId, inv.secret);
    return inv;
  });
  useEffect(() => {
    if (initial) releaseHandoff(initial);
  }, [initial]);
  const [secret, setSecret] = useRoomSecret(meetingId, initial?.secret ?? null);
  const { session, failed } = useRoomSession(meetingId, secret);
  const snap = useSnapshot(session);
  const awake = useWakeLock();
  const rejoin = useRejoinAccept(session);

  const otherRoom = (inv: Invitation) => {
    saveSecret(inv.meetingId, inv.secret);
    if (inv.meetingId === meetingId) {
      setInitial(inv);
      setSecret(inv.secret);
    } else {
      handOff(inv);
      navigate(`/encuentros/${inv.meetingId}/sala`);
    }
  };

  return (
    <section>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {failed && (
        <div role="alert">
          <p className="error">{t.openFailed}</p>
          <button type="button" onClick={() => secret && enterRoom(meetingId, secret)}>
            {common.retry}
          </button>
        </div>
      )}
      {!session && !failed && <p role="status">{t.opening}</p>}
      {session && snap && <RejoinPanel key={`r-${session.secret}`} session={session} snap={snap} />}
      {snap && <RoomStatus snap={snap} />}
      {session && <p className="hint">{t.staysOpen}</p>}
      {session && (
        <div className="actions">
          <Link to={`/encuentros/${meetingId}`} className="button">
            {t.toPanels}
          </Link>
          <button type="button" className="secondary" onClick={() => void leave(meetingId)}>
            {t.leave}
          </button>
        </div>
      )}
      {session && <RejoinScanPanel state={rejoin.state} onCode={rejoin.accept} />}
      {session && <InvitePanel key={session.secret} session={session} />}
      {session && (
        <JoinPanel key={`j-${session.secret}`} session={session} initial={initial} onOtherRoom={otherRoom} onRejoin={rejoin.accept} />
      )}
      {session && snap && <LanPanel session={session} snap={snap} />}
      <section className="card" aria-labelledby="tips-title">
        <h2 id="tips-title">{t.tipsTitle}</h2>
        <ul>
          {t.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        {!awake && <p className="hint">{t.wakeLockOff}</p>}
      </section>
    </section>
  );
}
