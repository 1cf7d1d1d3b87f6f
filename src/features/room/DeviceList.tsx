// Who is in the room and whether each device has everything this one has; only what is true now
// (T28): a device that does not answer says so, and a device that hears no one says that.
import { formatBytes } from '../../i18n/common';
import { roomText as t } from '../../i18n/room';
import { versionProblemText } from '../../i18n/versions';
import type { PeerView, SessionSnapshot } from '../../sync/session';

const PEER_STATE: Record<PeerView['state'], string> = { hasAll: t.deviceHasAll, syncing: t.deviceSyncing, silent: t.deviceSilent };

function statusText(snap: SessionSnapshot): string {
  if (snap.status === 'alone') return t.alone;
  if (snap.status === 'deaf') return t.deaf;
  if (snap.status === 'silent') return t.silent(snap.silent);
  if (snap.status === 'allHaveAll') return `✓ ${t.allHaveAll}`;
  return t.syncing;
}

export function RoomStatus({ snap }: { snap: SessionSnapshot }) {
  return (
    <section className="card" aria-labelledby="devices-title">
      {/* The heading first: the status under it speaks of these devices ("Aún no hay otros…" used to sit above it). */}
      <h2 id="devices-title">{t.devicesTitle}</h2>
      <div role="status" aria-live="polite" className={snap.allHaveAll ? 'sync-ok' : 'sync-pending'} data-testid="room-status">
        {statusText(snap)}
      </div>
      {snap.allHaveAll && <p className="hint">{t.allHaveAllHint}</p>}
      {snap.versionProblem && (
        <p className="form-error" role="alert" data-testid="version-problem">
          {versionProblemText(snap.versionProblem)}
        </p>
      )}
      {snap.status === 'deaf' && <p className="hint">{t.deafHint}</p>}
      {snap.incoming && (
        <div className="field">
          <label htmlFor="incoming">{t.receiving}</label>
          <progress id="incoming" max={snap.incoming.total} value={snap.incoming.received} />
          <span className="hint">{t.receivingOf(formatBytes(snap.incoming.received), formatBytes(snap.incoming.total))}</span>
        </div>
      )}
      {snap.peers.length > 0 && (
        <ul className="item-list" data-testid="devices">
          {snap.peers.map((p) => (
            <li key={p.clientId} className="item">
              <span className="item-title">{p.school || t.notInRoom}</span>
              <span>{p.person}</span>
              <span className="item-meta">
                {PEER_STATE[p.state]} · {p.direct ? t.direct : t.viaOthers}
              </span>
            </li>
          ))}
        </ul>
      )}
      {snap.lost.length > 0 && (
        <div className="hint" data-testid="lost">
          <p>
            {t.lost} {snap.lost.map((p) => (p.person ? `${p.school || t.notInRoom} (${p.person})` : p.school || t.notInRoom)).join(', ')}.
          </p>
          <p>{snap.lan === 'connected' ? t.lostWithRelay : t.lostHowBack}</p>
        </div>
      )}
      {snap.counts.refusedEnvelopes + snap.counts.refusedLinks > 0 && (
        <p className="hint" data-testid="refused">
          {t.refused(snap.counts.refusedEnvelopes + snap.counts.refusedLinks)}
        </p>
      )}
    </section>
  );
}
