// The device's DTLS certificate (rule R2): made once, kept in IndexedDB (roomMemory.ts) with a
// long life, and used by every peer connection of the room, so the device's fingerprint is the
// same after a reload or a kill and the devices it was linked to can expect it. Where the browser
// cannot make or keep one, or another tab of this browser already holds it (two tabs with one
// fingerprint would be one device to the others), the room still works with a throwaway
// certificate and the one-scan way back is off, with the reason, so the screen can say so.
import { loadStoredCertificate, storeCertificate } from './roomMemory';

type NoRejoinReason = 'unsupported' | 'not-storable' | 'other-tab';

export type DeviceCertificate =
  | { persistent: true; cert: RTCCertificate; fingerprint: string }
  | { persistent: false; cert: RTCCertificate | null; reason: NoRejoinReason };

/** Chromium defaults to 30 days; a school year is what a teacher expects. */
const CERT_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;
/** A certificate closer than this to its end is replaced (its fingerprint would die mid-meeting). */
const RENEW_BEFORE_MS = 14 * 24 * 60 * 60 * 1000;
const LOCK = 'bitacora-sala-certificado';

let cached: Promise<DeviceCertificate> | null = null;

/** SHA-256 fingerprint of a certificate, lowercase hex without colons (null if none). */
function fingerprintOf(cert: RTCCertificate): string | null {
  const fp = cert.getFingerprints().find((f) => f.algorithm?.toLowerCase() === 'sha-256')?.value;
  const hex = fp?.replace(/:/g, '').toLowerCase();
  return hex && /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

async function generate(): Promise<RTCCertificate> {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', expires: CERT_LIFETIME_MS };
  return RTCPeerConnection.generateCertificate(algorithm);
}

/** Holds a Web Lock for the tab's lifetime; false when another tab holds it. */
function claimCertificate(): Promise<boolean> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return Promise.resolve(true);
  return new Promise((ok) => {
    void locks
      .request(LOCK, { ifAvailable: true }, (lock) => {
        ok(lock !== null);
        // Never released while the tab lives: the browser frees it when the tab closes or dies.
        return lock ? new Promise<void>(() => undefined) : undefined;
      })
      .catch(() => ok(true));
  });
}

async function load(): Promise<DeviceCertificate> {
  if (typeof RTCPeerConnection === 'undefined' || typeof RTCPeerConnection.generateCertificate !== 'function') {
    return { persistent: false, cert: null, reason: 'unsupported' };
  }
  if (!(await claimCertificate())) return { persistent: false, cert: await generate().catch(() => null), reason: 'other-tab' };
  const stored = await loadStoredCertificate();
  if (stored instanceof RTCCertificate && stored.expires > Date.now() + RENEW_BEFORE_MS) {
    const fingerprint = fingerprintOf(stored);
    if (fingerprint) return { persistent: true, cert: stored, fingerprint };
  }
  let cert: RTCCertificate;
  try {
    cert = await generate();
  } catch {
    return { persistent: false, cert: null, reason: 'unsupported' };
  }
  const fingerprint = fingerprintOf(cert);
  if (!fingerprint) return { persistent: false, cert, reason: 'unsupported' };
  try {
    await storeCertificate(cert);
  } catch {
    return { persistent: false, cert, reason: 'not-storable' };
  }
  return { persistent: true, cert, fingerprint };
}

/** The tab's certificate, loaded (or made) once. */
export function deviceCertificate(): Promise<DeviceCertificate> {
  cached ??= load();
  return cached;
}

/** The RTCConfiguration every peer connection of the room uses (T12 plus the certificate). */
export function rtcConfigFor(device: DeviceCertificate): RTCConfiguration {
  return device.cert ? { iceServers: [], certificates: [device.cert] } : { iceServers: [] };
}
