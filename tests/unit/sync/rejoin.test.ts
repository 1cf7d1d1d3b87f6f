// The "Volver a la sala" code and its derived ICE credentials (R4-R6): round trip, size, every
// refusal reason, and that nothing in the code is usable without the room key. The connection it
// prepares is exercised in Chromium by tests/e2e/room-rejoin.spec.ts.
import { describe, expect, it } from 'vitest';
import { fromBase64Url, randomBytes, toBase64Url } from '../../../src/sync/bytes';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { newPeerId } from '../../../src/sync/envelope';
import { decodeInvitation, encodeInvitation, newInvitationNonce } from '../../../src/sync/pairingCode';
import {
  CLOCK_SLACK_MS,
  decodeRejoin,
  encodeRejoin,
  isRejoinCode,
  MAX_SLOTS,
  REJOIN_TTL_MS,
  slotFor,
  type RejoinCode,
} from '../../../src/sync/rejoinCode';
import { deriveRejoinIce, mungeSdp } from '../../../src/sync/rejoinIce';
import { minimizeSdp } from '../../../src/sync/sdp';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
const OTHER = '9a0b6c8d-7e6f-4a41-8f1c-2a9e5b7d4e21';
const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function sample(slots = 6): RejoinCode {
  return {
    meetingId: MEETING,
    peer: newPeerId(),
    nonce: randomBytes(8),
    issuedAt: NOW,
    fingerprint: randomBytes(32),
    addresses: ['0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.local', '192.168.1.23'],
    slots: Array.from({ length: slots }, (_, i) => ({ tag: randomBytes(4), ports: [50_000 + i, i % 2 ? 0 : 40_000 + i] })),
  };
}

describe('rejoin code (R5, R6)', () => {
  it('R5: round-trips every field, is told apart from invitations, and stays small enough for one QR', async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const code = sample();
    const text = await encodeRejoin(key, code);
    expect(isRejoinCode(text)).toBe(true);
    expect(isRejoinCode(`https://bitacora.example/#${text}`)).toBe(true);
    const back = await decodeRejoin(key, text, NOW + 1000);
    expect(back).toEqual(code);
    // Six expected devices, two addresses: about as big as an invitation with four candidates.
    expect(fromBase64Url(text)!.length).toBeLessThanOrEqual(200);
    expect(decodeInvitation(text)).toBe('unreadable');
  });

  it('R5: the slot of a device is found by its fingerprint, and only its own', async () => {
    const code = sample(3);
    const fp = hex(code.slots[1]!.tag) + 'ab'.repeat(28);
    expect(slotFor(code, fp)?.index).toBe(1);
    expect(slotFor(code, 'cd'.repeat(32))).toBeNull();
  });

  it('R6: refuses a code of another meeting before opening it, and one sealed with another secret', async () => {
    const secret = newRoomSecret();
    const key = await deriveRoomKey(secret, MEETING);
    const text = await encodeRejoin(key, sample());
    expect(await decodeRejoin(await deriveRoomKey(secret, OTHER), text, NOW)).toBe('wrong-room');
    expect(await decodeRejoin(await deriveRoomKey(newRoomSecret(), MEETING), text, NOW)).toBe('wrong-secret');
  });

  it('R6: a forged code (any byte of the sealed part changed, or made without the key) is refused', async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const raw = fromBase64Url(await encodeRejoin(key, sample()))!;
    for (let i = 19; i < raw.length; i += 7) {
      const forged = raw.slice();
      forged[i] = forged[i]! ^ 0x01;
      expect(await decodeRejoin(key, toBase64Url(forged), NOW)).toBe('wrong-secret');
    }
    const outsider = await encodeRejoin(await deriveRoomKey(newRoomSecret(), MEETING), sample());
    expect(await decodeRejoin(key, outsider, NOW)).toBe('wrong-secret');
  });

  it('R6: expired after its life plus clock slack, and refused when issued too far in the future', async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const text = await encodeRejoin(key, sample());
    expect(typeof (await decodeRejoin(key, text, NOW + REJOIN_TTL_MS + CLOCK_SLACK_MS))).toBe('object');
    expect(await decodeRejoin(key, text, NOW + REJOIN_TTL_MS + CLOCK_SLACK_MS + 1000)).toBe('expired');
    expect(await decodeRejoin(key, text, NOW - CLOCK_SLACK_MS - 1000)).toBe('expired');
  });

  it('R6: invitations, replies, garbage and truncations get a reason and never throw', async () => {
    const secret = newRoomSecret();
    const key = await deriveRoomKey(secret, MEETING);
    const sdp = {
      ufrag: 'Xy7q',
      pwd: 'abcdefghijklmnopqrstuv12',
      fingerprint: new Uint8Array(32),
      setup: 'actpass' as const,
      candidates: [],
    };
    const invitation = encodeInvitation({ meetingId: MEETING, secret, nonce: newInvitationNonce(), hostPeer: newPeerId(), sdp });
    expect(await decodeRejoin(key, invitation, NOW)).toBe('not-rejoin');
    for (const bad of ['', 'hola', '!!!', 'AQM', toBase64Url(randomBytes(60))]) {
      expect(['unreadable', 'not-rejoin', 'wrong-room', 'wrong-secret']).toContain(await decodeRejoin(key, bad, NOW));
    }
    const text = await encodeRejoin(key, sample());
    for (let n = 0; n < text.length; n += 5) {
      expect(['unreadable', 'wrong-room', 'wrong-secret']).toContain(await decodeRejoin(key, text.slice(0, n), NOW));
    }
  });

  it('R6: a sealed code with bad contents (too many slots, a bad address) is unreadable', async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    await expect(encodeRejoin(key, sample(MAX_SLOTS + 1))).rejects.toThrow();
    await expect(encodeRejoin(key, { ...sample(), addresses: ['intruso.example.com'] })).rejects.toThrow();
  });

  it('R5: holds no room secret: its bytes do not contain it', async () => {
    const secret = newRoomSecret();
    const key = await deriveRoomKey(secret, MEETING);
    const raw = hex(fromBase64Url(await encodeRejoin(key, sample()))!);
    expect(raw).not.toContain(hex(fromBase64Url(secret)!));
  });
});

describe('derived ICE credentials (R4)', () => {
  it('R4: both ends derive the same valid ICE ufrag and pwd; nonce, slot, meeting and secret change them', async () => {
    const secret = newRoomSecret();
    const nonce = randomBytes(8);
    const tag = randomBytes(4);
    const a = await deriveRejoinIce(secret, MEETING, nonce, tag);
    expect(await deriveRejoinIce(secret, MEETING, nonce, tag)).toEqual(a);
    for (const c of [a.offer, a.answer]) {
      expect(c.ufrag).toMatch(/^[A-Za-z0-9+/]{8}$/);
      expect(c.pwd).toMatch(/^[A-Za-z0-9+/]{24}$/);
    }
    expect(a.offer).not.toEqual(a.answer);
    const others = await Promise.all([
      deriveRejoinIce(secret, MEETING, randomBytes(8), tag),
      deriveRejoinIce(secret, MEETING, nonce, randomBytes(4)),
      deriveRejoinIce(secret, OTHER, nonce, tag),
      deriveRejoinIce(newRoomSecret(), MEETING, nonce, tag),
    ]);
    for (const o of others) expect(o.offer.pwd).not.toBe(a.offer.pwd);
  });

  it('R4: munging replaces credentials and role and keeps a description the minimizer still reads', async () => {
    const sdp = [
      'v=0',
      'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
      'a=candidate:1 1 udp 2122260223 192.168.1.23 61623 typ host generation 0',
      'a=ice-ufrag:Xy7q',
      'a=ice-pwd:abcdefghijklmnopqrstuv12',
      `a=fingerprint:sha-256 ${Array(32).fill('0A').join(':')}`,
      'a=setup:actpass',
      '',
    ].join('\r\n');
    const out = mungeSdp(sdp, { ufrag: 'AbCd+/12', pwd: 'x'.repeat(24) }, 'active');
    const min = minimizeSdp(out)!;
    expect(min.ufrag).toBe('AbCd+/12');
    expect(min.pwd).toBe('x'.repeat(24));
    expect(min.setup).toBe('active');
    expect(min.candidates).toEqual([{ address: '192.168.1.23', port: 61623 }]);
  });

  it('R4: refuses a secret that is not 16 bytes', async () => {
    await expect(deriveRejoinIce('corto', MEETING, randomBytes(8), randomBytes(4))).rejects.toThrow();
  });
});
