// Reads a QR code from the camera: the browser's BarcodeDetector where it exists, otherwise jsQR
// on canvas frames (loaded only then). The camera starts only when asked and stops on unmount.
import { useEffect, useRef, useState } from 'react';
import { roomText as t } from '../../i18n/room';

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

/** `autoStart`: the teacher's tap that showed the scanner already asked for the camera. */
export default function Scanner({ onCode, autoStart = false }: { onCode: (text: string) => void; autoStart?: boolean }) {
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(autoStart);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setError(t.camera.unsupported);
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      } catch {
        setError(t.camera.denied);
        setOn(false);
        return;
      }
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      const Ctor = (globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
      const detector = Ctor ? new Ctor({ formats: ['qr_code'] }) : null;
      const jsqr = detector ? null : (await import('jsqr')).default;
      timer = setInterval(async () => {
        const v = video.current;
        if (!v || v.videoWidth === 0) return;
        let text: string | undefined;
        if (detector) {
          text = (await detector.detect(v).catch(() => []))[0]?.rawValue;
        } else if (jsqr) {
          canvas.width = v.videoWidth;
          canvas.height = v.videoHeight;
          const ctx = canvas.getContext('2d', { willReadFrequently: true });
          if (!ctx) return;
          ctx.drawImage(v, 0, 0);
          const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
          text = jsqr(img.data, img.width, img.height)?.data;
        }
        if (text && !stopped) {
          stopped = true;
          setOn(false);
          onCode(text);
        }
      }, 250);
    })();
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [on, onCode]);

  return (
    <div className="scanner">
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setError(null);
          setOn(!on);
        }}
      >
        {on ? t.camera.stop : t.camera.start}
      </button>
      {on && <p className="hint">{t.camera.aim}</p>}
      {on && <video ref={video} muted playsInline aria-label={t.camera.video} className="scanner-video" />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
