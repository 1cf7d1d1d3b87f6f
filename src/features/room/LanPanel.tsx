// Optional LAN relay: a laptop running `npm run relay`; the devices then find each other alone.
import { useId, useState, type FormEvent } from 'react';
import { roomText as t } from '../../i18n/room';
import { normalizeRelayUrl } from '../../sync/lan';
import { loadRelayUrl, saveRelayUrl } from '../../sync/secretStore';
import type { RoomSession, SessionSnapshot } from '../../sync/session';

export function LanPanel({ session, snap }: { session: RoomSession; snap: SessionSnapshot }) {
  const id = useId();
  const [text, setText] = useState(loadRelayUrl);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const url = normalizeRelayUrl(text);
    if (!url) return setError(t.lanInvalid);
    setError(null);
    saveRelayUrl(url);
    session.connectLan(url);
  };
  return (
    <details className="card">
      <summary>{t.lanTitle}</summary>
      <p className="hint">{t.lanHint}</p>
      <form className="form" onSubmit={submit}>
        <div className={`field${error ? ' has-error' : ''}`}>
          <label htmlFor={id}>{t.lanLabel}</label>
          <input
            id={id}
            value={text}
            inputMode="url"
            autoCapitalize="off"
            placeholder="ws://192.168.1.10:4444"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {error && (
            <p id={`${id}-error`} className="error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit">{t.lanConnect}</button>
          {snap.lan && (
            <button type="button" className="secondary" onClick={() => session.disconnectLan()}>
              {t.lanDisconnect}
            </button>
          )}
        </div>
      </form>
      {snap.lan && (
        <p role="status" data-testid="lan-status">
          {t.lanStatus[snap.lan]}
        </p>
      )}
    </details>
  );
}
