// Who is in the room and whether each device has everything this one has.
import { formatBytes } from '../../i18n/common';
import { roomText as t } from '../../i18n/room';
import type { SessionSnapshot } from '../../sync/session';
import { versionProblemText } from '../../i18n/versions';

export function RoomStatus({ snap }: { snap: SessionSnapshot }) {
  return (
    <section className="card" aria-labelledby="devices-title">
      <div role="status" aria-live="polite" className={snap.allHaveAll ? 'sync-ok' : 'sync-pending'} data-testid="room-status">
        {snap.peers.length === 0 ? t.alone : snap.allHaveAll ? `✓ ${t.allHaveAll}` : t.syncing}
      </div>
      {snap.allHaveAll && <p className="hint">{t.allHaveAllHint}</p>}
      {snap.versionProblem && (
        <p className="form-error" role="alert" data-testid="version-problem">
          {versionProblemText(snap.versionProblem)}
        </p>
      )}
      {snap.incoming && (
        <div className="field">
          <label htmlFor="incoming">{t.receiving}</label>
          <progress id="incoming" max={snap.incoming.total} value={snap.incoming.received} />
          <span className="hint">{t.receivingOf(formatBytes(snap.incoming.received), formatBytes(snap.incoming.total))}</span>
        </div>
      )}
      <h2 id="devices-title">{t.devicesTitle}</h2>
      <ul className="item-list" data-testid="devices">
        {snap.peers.map((p) => (
          <li key={p.clientId} className="item">
            <span className="item-title">{p.school || t.notInRoom}</span>
            <span>{p.person}</span>
            <span className="item-meta">
              {p.hasAll ? t.deviceHasAll : t.deviceSyncing} · {p.direct ? t.direct : t.viaOthers}
            </span>
          </li>
        ))}
      </ul>
      {snap.lost.length > 0 && (
        <div className="hint" data-testid="lost">
          <p>
            {t.lost}{' '}
            {snap.lost.map((p) => (p.person ? `${p.school || t.notInRoom} (${p.person})` : p.school || t.notInRoom)).join(', ')}.
          </p>
          <p>{snap.lan === 'connected' ? t.lostWithRelay : t.lostHowBack}</p>
        </div>
      )}
      {snap.counts.refusedEnvelopes + snap.counts.refusedLinks > 0 && (
        <p className="hint" data-testid="refused">{t.refused(snap.counts.refusedEnvelopes + snap.counts.refusedLinks)}</p>
      )}
    </section>
  );
}
