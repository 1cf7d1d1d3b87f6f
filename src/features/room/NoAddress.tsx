// A pairing code with no network address in it can never connect (T32): the device has no Wi-Fi,
// or Chromium hides its addresses (with no default route and no camera permission it gathers
// none). Say so before showing the code, and offer the one thing that unlocks real addresses.
import { useState } from 'react';
import { roomText as t } from '../../i18n/room';

/** Asks for the camera once and lets it go at once: the permission is what reveals addresses. */
async function askCamera(): Promise<boolean> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true });
    stream.getTracks().forEach((track) => track.stop());
    return true;
  } catch {
    return false;
  }
}

export function NoAddress({ onRetry, onShowAnyway }: { onRetry: () => void; onShowAnyway: () => void }) {
  const [refused, setRefused] = useState(false);
  const allow = async () => {
    if (await askCamera()) onRetry();
    else setRefused(true);
  };
  return (
    <div role="alert" data-testid="no-address">
      <p className="error">{t.noAddress}</p>
      <p className="hint">{t.noAddressHow}</p>
      {refused && <p className="hint">{t.cameraRefused}</p>}
      <div className="actions">
        <button type="button" onClick={() => void allow()}>
          {t.allowCamera}
        </button>
        <button type="button" className="secondary" onClick={onShowAnyway}>
          {t.showAnyway}
        </button>
      </div>
    </div>
  );
}
