// "Compartir la aplicación": a QR of the app's own address (with the sub-path it is hosted under),
// the address as text to copy, and the phone's share sheet where the browser has one.
import { lazy, Suspense, useId } from 'react';
import { notify } from '../../ui/notify';
import { shareText as t } from '../../i18n/share';

const QrCode = lazy(() => import('../room/QrCode'));

/**
 * The app's own address: origin plus the base it is hosted under. Read from vite's BASE_URL here,
 * not from app/basePath.ts: sharing that module with this lazy screen would split it into a chunk
 * of its own that every start-up then preloads.
 */
function appAddress(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/** An address only this device can open: a colleague's phone would find nothing there. */
function isLocalAddress(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]';
}

export function ShareApp() {
  const id = useId();
  const url = appAddress();
  const canShare = typeof navigator.share === 'function';
  const copy = () => {
    void navigator.clipboard?.writeText(url).then(
      () => notify({ text: t.copied, tone: 'success' }),
      () => undefined,
    );
  };
  const share = () => {
    // A dismissed share sheet rejects with AbortError: nothing to tell the user.
    void navigator.share({ title: t.shareTitle, text: t.shareMessage, url }).catch(() => undefined);
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p>{t.intro}</p>
      <Suspense fallback={<div className="qr qr-placeholder" />}>
        <QrCode text={url} label={t.qrLabel(url)} testId="app-address-qr" />
      </Suspense>
      <label htmlFor={id}>{t.addressLabel}</label>
      <input id={id} readOnly value={url} data-testid="app-address" onFocus={(e) => e.currentTarget.select()} />
      {isLocalAddress(url) && <p className="hint">{t.localOnly}</p>}
      <div className="actions">
        {canShare && (
          <button type="button" onClick={share}>
            {t.share}
          </button>
        )}
        <button type="button" className="secondary" onClick={copy}>
          {t.copy}
        </button>
      </div>
    </section>
  );
}
