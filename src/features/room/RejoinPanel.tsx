// "Volver a la sala" on the device that dropped out (rules R1, R7, R8): whenever it is in the room
// with no link left (after a reload, a kill, or an outage longer than its links survive) and it
// remembers devices of this room, it shows one QR that any of them scans to take it back. The code
// renews itself before it expires; without network it waits for the network to return. Where the
// browser cannot do it, it says why and points to the two-scan invitation.
import { useEffect, useState } from 'react';
import { rejoinText as t } from '../../i18n/rejoin';
import { deviceCertificate } from '../../sync/certStore';
import { prepareRejoin, type NoRejoin, type PreparedRejoin } from '../../sync/rejoin';
import { loadKnownPeers } from '../../sync/roomMemory';
import type { RoomSession, SessionSnapshot } from '../../sync/session';
import { ShowCode } from './ShowCode';
import { formatSeconds, useCountdown } from './useCountdown';

type View =
  | { kind: 'hidden' }
  | { kind: 'preparing' }
  | { kind: 'ready'; code: string; expiresAt: number; returning: boolean }
  | { kind: 'offline' }
  | { kind: 'connected' }
  | { kind: 'unavailable'; reason: Exclude<NoRejoin, 'no-peers'> };

const OFFLINE_RETRY_MS = 5000;

export function RejoinPanel({ session, snap }: { session: RoomSession; snap: SessionSnapshot }) {
  const alone = snap.directLinks === 0;
  const [view, setView] = useState<View>({ kind: 'hidden' });
  const [round, setRound] = useState(0);
  const left = useCountdown(view.kind === 'ready' ? view.expiresAt : null);

  useEffect(() => {
    if (!alone) {
      // Linked again while the way back was on screen (this code scanned, or another path): say so.
      setView((v) => (v.kind === 'hidden' ? v : { kind: 'connected' }));
      return;
    }
    let live = true;
    let prepared: PreparedRejoin | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const again = () => live && setRound((n) => n + 1);
    void (async () => {
      const [device, known] = await Promise.all([deviceCertificate(), loadKnownPeers(session.meetingId)]);
      if (!live) return;
      if (known.length) setView({ kind: 'preparing' });
      const result = await prepareRejoin(session.room, session.secret, device, known, (s) => {
        if (!live) return;
        if (s === 'returning') setView((v) => (v.kind === 'ready' ? { ...v, returning: true } : v));
        else if (s === 'connected') setView({ kind: 'connected' });
        else if (s === 'expired') again();
      });
      if (typeof result !== 'string' && !live) return result.cancel();
      if (!live) return;
      if (result === 'no-peers') return setView({ kind: 'hidden' });
      if (typeof result === 'string') return setView({ kind: 'unavailable', reason: result });
      if (result.addresses === 0) {
        // No network (no candidate to put in the code): try again when it comes back.
        result.cancel();
        setView({ kind: 'offline' });
        retry = setTimeout(again, OFFLINE_RETRY_MS);
        window.addEventListener('online', again, { once: true });
        return;
      }
      prepared = result;
      setView({ kind: 'ready', code: result.code, expiresAt: result.expiresAt, returning: false });
    })().catch((err: unknown) => {
      console.error('No se pudo preparar el código para volver', err);
      if (live) setView({ kind: 'unavailable', reason: 'refused' });
    });
    return () => {
      live = false;
      clearTimeout(retry);
      window.removeEventListener('online', again);
      prepared?.cancel();
    };
  }, [alone, round, session]);

  if (view.kind === 'hidden') return null;
  return (
    <section className="card rejoin" aria-labelledby="rejoin-title" data-testid="rejoin">
      <h2 id="rejoin-title">{t.title}</h2>
      {view.kind === 'connected' && (
        <p className="form-success" role="status">
          {t.connected}
        </p>
      )}
      {view.kind === 'preparing' && <p role="status">{t.preparing}</p>}
      {view.kind === 'offline' && <p role="status">{t.offline}</p>}
      {view.kind === 'unavailable' && (
        <div role="status" data-testid="rejoin-unavailable">
          <p>{t.unavailable[view.reason]}</p>
          <p>{t.twoScans}</p>
        </div>
      )}
      {view.kind === 'ready' && (
        <>
          <p>{t.intro}</p>
          <ol className="steps">
            {t.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <ShowCode code={view.code} qrLabel={t.qrLabel} testId="rejoin" />
          {left !== null && (
            <p className="hint" aria-live="off">
              {t.renews(formatSeconds(left))}
            </p>
          )}
          {view.returning && <p role="status">{t.returning}</p>}
        </>
      )}
    </section>
  );
}
