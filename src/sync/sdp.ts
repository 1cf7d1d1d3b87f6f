// Minimized SDP for QR pairing (rule T16): a data-channel-only offer or answer differs between
// devices only in its ICE credentials, DTLS fingerprint, DTLS role and host candidates, so the QR
// carries just those (about 100 bytes) and the full SDP is rebuilt from a fixed template. Input
// comes from a scanned code, so every field is validated before it is written into SDP text.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

type DtlsSetup = 'actpass' | 'active' | 'passive';

interface Candidate {
  /** An IPv4 or IPv6 address, or a Chromium mDNS name (`<uuid>.local`). */
  address: string;
  port: number;
}

export interface MinSdp {
  ufrag: string;
  pwd: string;
  /** SHA-256 certificate fingerprint, 32 bytes. */
  fingerprint: Uint8Array;
  setup: DtlsSetup;
  candidates: Candidate[];
}

/** More candidates only make the QR denser; a phone on a hotspot has one or two. */
export const MAX_CANDIDATES = 4;
const ICE_CHARS = /^[A-Za-z0-9+/]+$/;
const SETUPS: DtlsSetup[] = ['actpass', 'active', 'passive'];
const UUID = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/;

export function minimizeSdp(sdp: string): MinSdp | null {
  const lines = sdp.split(/\r?\n/);
  const attr = (name: string) =>
    lines
      .find((l) => l.startsWith(`a=${name}:`))
      ?.slice(name.length + 3)
      .trim();
  const ufrag = attr('ice-ufrag');
  const pwd = attr('ice-pwd');
  const fp = attr('fingerprint');
  const setup = attr('setup') as DtlsSetup | undefined;
  if (!ufrag || !pwd || !fp || !setup || !SETUPS.includes(setup)) return null;
  const [algo, hex] = fp.split(' ');
  if (algo?.toLowerCase() !== 'sha-256' || !hex) return null;
  const fingerprint = new Uint8Array(hex.split(':').map((h) => parseInt(h, 16)));
  if (fingerprint.length !== 32) return null;
  const candidates: Candidate[] = [];
  for (const l of lines) {
    const m = /^a=candidate:\S+ 1 udp \d+ (\S+) (\d+) typ host/i.exec(l);
    if (m && candidates.length < MAX_CANDIDATES && encodableAddress(m[1]!)) candidates.push({ address: m[1]!, port: Number(m[2]) });
  }
  return { ufrag, pwd, fingerprint, setup, candidates };
}

function encodableAddress(a: string): boolean {
  return ipv4Bytes(a) !== null || ipv6Bytes(a) !== null || mdnsBytes(a) !== null;
}

function ipv4Bytes(a: string): number[] | null {
  const parts = a.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) < 256)) return null;
  return parts.map(Number);
}

function ipv6Bytes(a: string): number[] | null {
  if (!a.includes(':') || !/^[0-9a-fA-F:]+$/.test(a)) return null;
  const [head, tail, extra] = a.split('::');
  if (extra !== undefined) return null;
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail !== undefined ? 8 - h.length - t.length : 0;
  if (fill < 0 || (tail === undefined && h.length !== 8)) return null;
  const groups = [...h, ...Array<string>(fill).fill('0'), ...t];
  if (groups.length !== 8 || !groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  return groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 255]);
}

function mdnsBytes(a: string): number[] | null {
  const m = /^(.+)\.local$/.exec(a);
  const u = m && UUID.exec(m[1]!.toLowerCase());
  if (!u) return null;
  const hex = u.slice(1).join('');
  return Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

const hex2 = (b: number) => b.toString(16).padStart(2, '0');

export function writeMinSdp(enc: encoding.Encoder, s: MinSdp): void {
  encoding.writeVarString(enc, s.ufrag);
  encoding.writeVarString(enc, s.pwd);
  encoding.writeUint8Array(enc, s.fingerprint);
  encoding.writeUint8(enc, SETUPS.indexOf(s.setup));
  encoding.writeUint8(enc, s.candidates.length);
  for (const c of s.candidates) {
    writeAddress(enc, c.address);
    encoding.writeUint16(enc, c.port);
  }
}

/** A candidate address in 5 or 17 bytes (IPv4, IPv6, mDNS name); shared with rejoinCode.ts. */
export function writeAddress(enc: encoding.Encoder, address: string): void {
  const v4 = ipv4Bytes(address);
  const v6 = v4 ? null : ipv6Bytes(address);
  const md = v4 || v6 ? null : mdnsBytes(address);
  if (!v4 && !v6 && !md) throw new Error('address');
  encoding.writeUint8(enc, v4 ? 4 : v6 ? 6 : 1);
  encoding.writeUint8Array(enc, new Uint8Array((v4 ?? v6 ?? md)!));
}

/** Throws on a malformed address (callers turn it into a reason). */
export function readAddress(dec: decoding.Decoder): string {
  const kind = decoding.readUint8(dec);
  const len = kind === 4 ? 4 : kind === 6 || kind === 1 ? 16 : -1;
  if (len < 0) throw new Error('candidate kind');
  const b = Array.from(decoding.readUint8Array(dec, len));
  if (kind === 4) return b.join('.');
  if (kind === 6) return Array.from({ length: 8 }, (_, g) => ((b[g * 2]! << 8) | b[g * 2 + 1]!).toString(16)).join(':');
  const h = b.map(hex2).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}.local`;
}

/** Throws on malformed input; callers wrap it (pairingCode.ts returns a reason instead). */
export function readMinSdp(dec: decoding.Decoder): MinSdp {
  const ufrag = decoding.readVarString(dec);
  const pwd = decoding.readVarString(dec);
  if (!ICE_CHARS.test(ufrag) || ufrag.length < 4 || ufrag.length > 256) throw new Error('ufrag');
  if (!ICE_CHARS.test(pwd) || pwd.length < 22 || pwd.length > 256) throw new Error('pwd');
  const fingerprint = decoding.readUint8Array(dec, 32).slice();
  const setup = SETUPS[decoding.readUint8(dec)];
  if (!setup) throw new Error('setup');
  const n = decoding.readUint8(dec);
  if (n > MAX_CANDIDATES) throw new Error('candidates');
  const candidates: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const address = readAddress(dec);
    const port = decoding.readUint16(dec);
    if (port === 0) throw new Error('port');
    candidates.push({ address, port });
  }
  return { ufrag, pwd, fingerprint, setup, candidates };
}

/** A full SDP for a data-channel-only session that Chromium, Firefox and Safari accept. */
export function expandSdp(s: MinSdp): string {
  const fp = Array.from(s.fingerprint, (b) => hex2(b).toUpperCase()).join(':');
  const lines = [
    'v=0',
    `o=- ${Math.floor(Math.random() * 1e15)} 2 IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'a=msid-semantic: WMS',
    'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    'c=IN IP4 0.0.0.0',
    ...s.candidates.map((c, i) => `a=candidate:${i + 1} 1 udp ${2122260223 - i} ${c.address} ${c.port} typ host generation 0`),
    `a=ice-ufrag:${s.ufrag}`,
    `a=ice-pwd:${s.pwd}`,
    'a=ice-options:trickle',
    `a=fingerprint:sha-256 ${fp}`,
    `a=setup:${s.setup}`,
    'a=mid:0',
    'a=sctp-port:5000',
    'a=max-message-size:262144',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
