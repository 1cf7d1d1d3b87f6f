// "Hacer volver a un dispositivo": where a device still in the room reads the one QR of a device
// that dropped out (rule R7). One scan; nothing to show back.
import { rejoinText as t } from '../../i18n/rejoin';
import { CodeEntry } from './CodeEntry';
import type { AcceptState } from './useRejoinAccept';

export function RejoinScanPanel({ state, onCode }: { state: AcceptState; onCode: (code: string) => void }) {
  return (
    <section className="card" id="volver" aria-labelledby="rejoin-scan-title">
      <h2 id="rejoin-scan-title">{t.scanTitle}</h2>
      <ul className="steps">
        {t.scanSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <CodeEntry
        label={t.scanLabel}
        submitLabel={t.scanButton}
        scanLabel={t.scanCamera}
        error={state.kind === 'error' ? t.errors[state.reason] : null}
        busy={state.kind === 'returning'}
        onSubmit={onCode}
      />
      {state.kind === 'returning' && <p role="status">{t.scanReturning}</p>}
      {state.kind === 'connected' && (
        <p className="form-success" role="status" data-testid="rejoin-accepted">
          {t.scanConnected}
        </p>
      )}
    </section>
  );
}
