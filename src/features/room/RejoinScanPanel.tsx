// "Hacer volver a un dispositivo": where a device still in the room reads the one QR of a device
// that dropped out (rule R7). One scan; nothing to show back.
import { useEffect, useRef } from 'react';
import { rejoinText as t } from '../../i18n/rejoin';
import { CodeEntry } from './CodeEntry';
import type { AcceptState } from './useRejoinAccept';

export function RejoinScanPanel({ state, onCode }: { state: AcceptState; onCode: (code: string) => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // Came from the room bar's "Hacer volver a un dispositivo": straight to the scanner.
    // After the shell's own route-change focus and scroll to the top, which run after this effect.
    if (window.location.hash !== '#volver') return;
    const timer = setTimeout(() => {
      const el = ref.current;
      if (!el) return;
      el.scrollIntoView({ block: 'start' });
      const details = el.querySelector('details');
      if (details) details.open = true;
      el.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <section className="card" id="volver" ref={ref} aria-labelledby="rejoin-scan-title">
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
