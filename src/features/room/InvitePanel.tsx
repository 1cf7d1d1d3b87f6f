// The host's side of QR pairing: show an invitation, wait (with a countdown) for the joiner's
// reply, connect. A new invitation can be generated at any time without reloading. Every way it
// can end badly is said on screen (T32): a code with no address, a failed connection, expiry.
import { useEffect, useRef, useState } from 'react';
import { roomText as t } from '../../i18n/room';
import { versionProblemText } from '../../i18n/versions';
import type { PendingInvitation } from '../../sync/room';
import type { RoomSession } from '../../sync/session';
import { CodeEntry } from './CodeEntry';
import { NoAddress } from './NoAddress';
import { ShowCode } from './ShowCode';
import { formatSeconds, useCountdown } from './useCountdown';

type Status =
  { kind: 'idle' } | { kind: 'preparing' } | { kind: 'noAddress' } | { kind: 'waiting' } | { kind: 'connecting' } | { kind: 'done' };

export function InvitePanel({ session }: { session: RoomSession }) {
  const [invitation, setInvitation] = useState<PendingInvitation | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const current = useRef<PendingInvitation | null>(null);
  const left = useCountdown(status.kind === 'waiting' && invitation ? invitation.expiresAt : null);

  useEffect(() => () => current.current?.cancel(), []);
  const expired = left === 0;
  useEffect(() => {
    // An expired invitation can no longer connect: let its connection go, and say so.
    if (!expired) return;
    current.current?.cancel();
    current.current = null;
    setInvitation(null);
    setStatus({ kind: 'idle' });
    setError(t.expired);
  }, [expired]);

  const start = async () => {
    current.current?.cancel();
    setError(null);
    setInvitation(null);
    setStatus({ kind: 'preparing' });
    try {
      const inv = await session.createInvitation();
      current.current = inv;
      setInvitation(inv);
      setStatus({ kind: inv.candidates === 0 ? 'noAddress' : 'waiting' });
    } catch {
      setError(t.codeErrors.failed);
      setStatus({ kind: 'idle' });
    }
  };

  const accept = async (reply: string) => {
    if (!invitation) return;
    setError(null);
    setStatus({ kind: 'connecting' });
    const result = await invitation.accept(reply);
    if (result === 'ok') {
      setStatus({ kind: 'done' });
      setInvitation(null);
      current.current = null;
    } else if (result === 'failed' || result === 'expired') {
      // This invitation is spent: the message must stay on screen with the way forward.
      invitation.cancel();
      current.current = null;
      setInvitation(null);
      const version = result === 'failed' ? session.getSnapshot().versionProblem : null;
      setError(version ? versionProblemText(version) : t.codeErrors[result]);
      setStatus({ kind: 'idle' });
    } else {
      setError(t.codeErrors[result]);
      setStatus({ kind: 'waiting' });
    }
  };

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t.inviteTitle}</h2>
      <ol className="steps">
        {t.inviteSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => void start()} disabled={status.kind === 'preparing' || status.kind === 'connecting'}>
          {invitation || status.kind === 'done' ? t.inviteAgain : t.inviteButton}
        </button>
      </div>
      {status.kind === 'preparing' && <p role="status">{t.preparing}</p>}
      {status.kind === 'done' && (
        <p className="form-success" role="status">
          {t.connected}
        </p>
      )}
      {status.kind === 'noAddress' && <NoAddress onRetry={() => void start()} onShowAnyway={() => setStatus({ kind: 'waiting' })} />}
      {invitation && !expired && (status.kind === 'waiting' || status.kind === 'connecting') && (
        <>
          <ShowCode code={invitation.code} qrLabel={t.inviteQrLabel} testId="invitation" />
          {left !== null && (
            <p className="hint" aria-live="off">
              {t.countdown(formatSeconds(left))}
            </p>
          )}
          <CodeEntry
            label={t.replyLabel}
            submitLabel={t.replyButton}
            scanLabel={t.scanReply}
            error={error}
            busy={status.kind === 'connecting'}
            onSubmit={(code) => void accept(code)}
          />
          {status.kind === 'connecting' && <p role="status">{t.connecting}</p>}
        </>
      )}
      {!invitation && error && (
        <p className="error" role="alert" data-testid="invite-error">
          {error}
        </p>
      )}
    </section>
  );
}
