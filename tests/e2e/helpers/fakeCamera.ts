// A fake camera for Chromium (--use-file-for-fake-video-capture): a Y4M video whose frames show a
// QR code, so the app's scanner reads it exactly as it would read a phone's camera.
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

export function writeQrVideo(path: string, text: string, size = 480): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const n = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor(size / (n + quiet * 2));
  const y = Buffer.alloc(size * size, 255);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const start = (quiet + row) * scale + dy;
        y.fill(0, start * size + (quiet + col) * scale, start * size + (quiet + col + 1) * scale);
      }
    }
  }
  const chroma = Buffer.alloc((size / 2) * (size / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${size} H${size} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array<Buffer>(10).fill(frame)]));
}
