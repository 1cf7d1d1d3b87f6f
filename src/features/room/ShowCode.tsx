// A pairing code shown two ways: as a QR to scan and as text to copy (devices without a camera).
import { lazy, Suspense, useId } from 'react';
import { notify } from '../../ui/notify';
import { roomText as t } from '../../i18n/room';
import { ActionRow } from '../../ui/ActionRow';

const QrCode = lazy(() => import('./QrCode'));

export function ShowCode({ code, qrLabel, testId }: { code: string; qrLabel: string; testId: string }) {
  const id = useId();
  const copy = () => {
    void navigator.clipboard?.writeText(code).then(
      () => notify({ text: t.copied, tone: 'success' }),
      () => undefined,
    );
  };
  return (
    <div className="show-code">
      <Suspense fallback={<div className="qr qr-placeholder" />}>
        <QrCode text={code} label={qrLabel} testId={`${testId}-qr`} />
      </Suspense>
      <label htmlFor={id}>{t.codeLabel}</label>
      <textarea id={id} readOnly rows={3} value={code} data-testid={`${testId}-text`} onFocus={(e) => e.currentTarget.select()} />
      <ActionRow actions={[{ label: t.copy, onClick: copy, secondary: true }]} />
    </div>
  );
}
