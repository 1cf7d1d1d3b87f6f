// "Hacer volver a un dispositivo" from the room bar, on whatever screen the teacher is (issue 15,
// goal 1): the scanner opens right there, the returning device's one QR is read, and the teacher
// stays on the panel or the bitácora they were writing in. Loaded with the room's code, only when
// the bar's button is tapped.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { rejoinText as t } from '../../i18n/rejoin';
import { roomBar } from '../../i18n/common';
import { CodeEntry } from './CodeEntry';
import { getRoomState, subscribeRoom } from './roomService';
import { useRejoinAccept } from './useRejoinAccept';
import { ActionRow } from '../../ui/ActionRow';

export default function BarRejoin({ onClose }: { onClose: () => void }) {
  const state = useSyncExternalStore(subscribeRoom, getRoomState);
  const session = state.status === 'open' ? state.session : null;
  const { state: accept, accept: onCode } = useRejoinAccept(session);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Keyboard and screen-reader users land in what the button opened.
    title.current?.focus();
  }, []);
  return (
    <section
      className="card room-bar-scan"
      aria-labelledby="bar-rejoin-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id="bar-rejoin-title" ref={title} tabIndex={-1}>
        {t.scanTitle}
      </h2>
      <p className="hint">{t.scanSteps[1]}</p>
      {session ? (
        <CodeEntry
          label={t.scanLabel}
          submitLabel={t.scanButton}
          scanLabel={t.scanCamera}
          error={accept.kind === 'error' ? t.errors[accept.reason] : null}
          busy={accept.kind === 'returning'}
          onSubmit={onCode}
          scanNow
        />
      ) : (
        <p role="status">{roomBar.roomClosed}</p>
      )}
      {accept.kind === 'returning' && <p role="status">{t.scanReturning}</p>}
      {accept.kind === 'connected' && (
        <p className="form-success" role="status" data-testid="rejoin-accepted">
          {t.scanConnected}
        </p>
      )}
      <ActionRow actions={[{ label: roomBar.closeScan, onClick: onClose, secondary: true }]} />
    </section>
  );
}
