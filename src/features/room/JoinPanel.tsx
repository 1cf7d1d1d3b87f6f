// The joiner's side of QR pairing: read the host's invitation, show the reply, wait for the link.
// An invitation for another meeting (or another secret) is handed to the room screen it names.
// The wait for the host has a visible end, and each way it can fail is said (T32).
import { useCallback, useEffect, useState } from 'react';
import { roomText as t } from '../../i18n/room';
import { versionProblemText } from '../../i18n/versions';
import { decodeInvitation, type Invitation } from '../../sync/pairingCode';
import { isRejoinCode } from '../../sync/rejoinCode';
import type { RoomSession } from '../../sync/session';
import { INVITATION_TTL_MS } from '../../sync/room';
import { CodeEntry } from './CodeEntry';
import { NoAddress } from './NoAddress';
import { ShowCode } from './ShowCode';
import { formatSeconds, useCountdown } from './useCountdown';

/** After this long waiting, the joiner is told how to tell that the host's connection failed. */
const HINT_AFTER_S = 20;

type State =
  | { kind: 'entry' }
  | { kind: 'answering' }
  | { kind: 'noAddress'; code: string; expiresAt: number; inv: Invitation }
  | { kind: 'reply'; code: string; expiresAt: number }
  | { kind: 'linked' };

interface Props {
  session: RoomSession | null;
  /** An invitation scanned elsewhere (the join screen), answered as soon as the session is open. */
  initial?: Invitation | null;
  /** The invitation belongs to another room (meeting or secret): the parent switches rooms. */
  onOtherRoom: (inv: Invitation) => void;
  /** A "Volver a la sala" code scanned here by habit: answered as if scanned in its own panel. */
  onRejoin?: (code: string) => void;
}

export function JoinPanel({ session, initial, onOtherRoom, onRejoin }: Props) {
  const [state, setState] = useState<State>({ kind: 'entry' });
  const [error, setError] = useState<string | null>(null);

  const answer = useCallback(
    async (inv: Invitation) => {
      if (!session) return;
      setState({ kind: 'answering' });
      try {
        const { code, candidates, linked } = await session.answerInvitation(inv);
        const expiresAt = Date.now() + INVITATION_TTL_MS;
        // With addresses on neither side, no connection can start (with one side's, it may).
        setState(
          candidates === 0 && inv.sdp.candidates.length === 0
            ? { kind: 'noAddress', code, expiresAt, inv }
            : { kind: 'reply', code, expiresAt },
        );
        const ok = await linked;
        setState(ok ? { kind: 'linked' } : { kind: 'entry' });
        const version = session.getSnapshot().versionProblem;
        if (!ok) setError(version ? versionProblemText(version) : Date.now() >= expiresAt ? t.replyExpired : t.joinFailed);
      } catch {
        setState({ kind: 'entry' });
        setError(t.joinFailed);
      }
    },
    [session],
  );

  useEffect(() => {
    if (initial && session && initial.meetingId === session.meetingId && initial.secret === session.secret) void answer(initial);
  }, [initial, session, answer]);

  const left = useCountdown(state.kind === 'reply' ? state.expiresAt : null);

  const submit = (text: string) => {
    setError(null);
    if (onRejoin && isRejoinCode(text)) return onRejoin(text);
    const inv = decodeInvitation(text);
    if (typeof inv === 'string') return setError(t.codeErrors[inv]);
    if (!session || inv.meetingId !== session.meetingId || inv.secret !== session.secret) return onOtherRoom(inv);
    void answer(inv);
  };

  return (
    <section className="card" aria-labelledby="join-title">
      <h2 id="join-title">{t.joinTitle}</h2>
      <ol className="steps">
        {t.joinSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {state.kind !== 'answering' && (
        <CodeEntry
          label={t.invitationLabel}
          submitLabel={t.invitationButton}
          scanLabel={t.scanInvitation}
          error={error}
          busy={false}
          onSubmit={submit}
        />
      )}
      {state.kind === 'answering' && <p role="status">{t.preparing}</p>}
      {state.kind === 'noAddress' && (
        <NoAddress
          onRetry={() => void answer(state.inv)}
          onShowAnyway={() => setState({ kind: 'reply', code: state.code, expiresAt: state.expiresAt })}
        />
      )}
      {state.kind === 'reply' && (
        <>
          <h3>{t.replyTitle}</h3>
          <ShowCode code={state.code} qrLabel={t.replyQrLabel} testId="reply" />
          <p role="status">{t.waitingHost}</p>
          {left !== null && (
            <p className="hint" aria-live="off">
              {t.replyCountdown(formatSeconds(left))}
            </p>
          )}
          {left !== null && INVITATION_TTL_MS / 1000 - left >= HINT_AFTER_S && <p className="hint">{t.waitingHostHint}</p>}
        </>
      )}
      {state.kind === 'linked' && (
        <p className="form-success" role="status">
          {t.connected}
        </p>
      )}
    </section>
  );
}
