// Draws a pairing code as a QR on a canvas. The qrcode library loads only when a QR is shown.
import { useEffect, useRef, useState } from 'react';

export default function QrCode({ text, label, testId }: { text: string; label: string; testId: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((QR) => {
        if (live && ref.current) return QR.toCanvas(ref.current, text, { errorCorrectionLevel: 'L', margin: 3, width: 280 });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [text]);
  if (failed) return null;
  return <canvas ref={ref} role="img" aria-label={label} data-testid={testId} className="qr" />;
}
