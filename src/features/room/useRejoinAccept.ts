// The scanning side of "Volver a la sala" (rules R5-R7): a rejoin code read on the room screen (its
// own panel, or the join panel, where a teacher may scan it by habit) is answered here, and the
// screen follows it: "volviendo…", then "conectado", or the reason it was refused.
import { useCallback, useState } from 'react';
import { deviceCertificate } from '../../sync/certStore';
import { acceptRejoin, type AcceptError } from '../../sync/rejoin';
import type { RoomSession } from '../../sync/session';

export type AcceptState = { kind: 'idle' } | { kind: 'returning' } | { kind: 'connected' } | { kind: 'error'; reason: AcceptError };

export function useRejoinAccept(session: RoomSession | null): { state: AcceptState; accept: (code: string) => void } {
  const [state, setState] = useState<AcceptState>({ kind: 'idle' });
  const accept = useCallback(
    (code: string) => {
      if (!session) return;
      setState({ kind: 'returning' });
      void (async () => {
        const result = await acceptRejoin(session.room, session.secret, await deviceCertificate(), code);
        setState(result === 'ok' ? { kind: 'connected' } : { kind: 'error', reason: result });
      })().catch((err: unknown) => {
        console.error('No se pudo hacer volver al dispositivo', err);
        setState({ kind: 'error', reason: 'failed' });
      });
    },
    [session],
  );
  return { state, accept };
}
