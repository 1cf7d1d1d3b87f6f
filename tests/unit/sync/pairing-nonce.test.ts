// Replies bound to the invitation they answer (T25): the invitation's nonce travels back inside
// the sealed reply, and the host's ledger refuses a reply for another invitation, an expired one
// or one already used, each with its own reason. The screens are in tests/e2e/room-secrets.spec.ts.
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { fromBase64Url, toBase64Url } from '../../../src/sync/bytes';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { newPeerId } from '../../../src/sync/envelope';
import { InvitationLedger } from '../../../src/sync/invitations';
import {
  decodeInvitation,
  decodeReply,
  encodeInvitation,
  encodeReply,
  newInvitationNonce,
  type Reply,
} from '../../../src/sync/pairingCode';
import type { MinSdp } from '../../../src/sync/sdp';
import { roomText } from '../../../src/i18n/room';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
const SDP: MinSdp = {
  ufrag: 'Xy7q',
  pwd: 'abcdefghijklmnopqrstuv12',
  fingerprint: new Uint8Array(32).fill(9),
  setup: 'active',
  candidates: [{ address: '192.168.1.23', port: 61623 }],
};

describe('invitation nonce in the codes (T25)', () => {
  it('T25: the invitation names its nonce and the sealed reply carries it back', async () => {
    const secret = newRoomSecret();
    const key = await deriveRoomKey(secret, MEETING);
    const nonce = newInvitationNonce();
    const inv = decodeInvitation(encodeInvitation({ meetingId: MEETING, secret, hostPeer: newPeerId(), nonce, sdp: SDP }));
    expect(inv).toMatchObject({ nonce });
    const reply: Reply = { meetingId: MEETING, nonce, joinerPeer: newPeerId(), hostPeer: newPeerId(), sdp: SDP };
    const code = await encodeReply(key, reply);
    expect(await decodeReply(key, code)).toMatchObject({ nonce });
    // The nonce is inside the sealed part: not in the code's bytes, and no byte of the sealed part
    // can be changed (to point the reply at another invitation) without the reply being refused.
    const bytes = fromBase64Url(code)!;
    expect(Buffer.from(bytes).includes(Buffer.from(fromBase64Url(nonce)!))).toBe(false);
    const sealedStart = 2 + 1 + 16;
    for (let i = sealedStart; i < bytes.length; i++) {
      const mutated = Uint8Array.from(bytes);
      mutated[i]! ^= 0x01;
      expect(await decodeReply(key, toBase64Url(mutated))).toBe('wrong-secret');
    }
  });

  it('T25: a code from the previous app version gets its own reason, never a crash', async () => {
    const enc = encoding.createEncoder();
    encoding.writeUint8(enc, 1);
    encoding.writeUint8(enc, 1);
    encoding.writeUint8Array(enc, new Uint8Array(60));
    expect(decodeInvitation(toBase64Url(encoding.toUint8Array(enc)))).toBe('other-version');
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const reply = fromBase64Url(
      await encodeReply(key, { meetingId: MEETING, nonce: newInvitationNonce(), joinerPeer: newPeerId(), hostPeer: newPeerId(), sdp: SDP }),
    )!;
    reply[0] = 1;
    expect(await decodeReply(key, toBase64Url(reply))).toBe('other-version');
    expect(roomText.codeErrors['other-version']).toMatch(/otra versión/);
  });
});

describe('the host’s invitation ledger (T25)', () => {
  const t0 = 1_000_000;

  it('T25: the reply for the invitation on screen is taken once; the same reply again is a replay', () => {
    const ledger = new InvitationLedger();
    const nonce = ledger.issue(t0 + 180_000);
    expect(ledger.take(nonce, nonce, t0 + 1000)).toBe('ok');
    expect(ledger.take(nonce, nonce, t0 + 2000)).toBe('replayed');
    const next = ledger.issue(t0 + 300_000);
    expect(ledger.take(next, nonce, t0 + 3000)).toBe('replayed'); // pasted against the next code
    expect(ledger.take(next, next, t0 + 4000)).toBe('ok');
  });

  it('T25: a reply for an older, another host’s, or a withdrawn invitation is refused; the current one still works', () => {
    const ledger = new InvitationLedger();
    const first = ledger.issue(t0 + 180_000);
    const second = ledger.issue(t0 + 200_000); // "Generar un código nuevo" replaces the first
    expect(ledger.take(second, first, t0 + 1000)).toBe('other-invitation');
    expect(ledger.take(second, newInvitationNonce(), t0 + 1000)).toBe('other-invitation');
    expect(ledger.take(second, second, t0 + 1000)).toBe('ok');
    const third = ledger.issue(t0 + 400_000);
    ledger.cancel(third);
    expect(ledger.take(third, third, t0 + 2000)).toBe('other-invitation');
  });

  it('T25: a reply for an invitation that expired is refused as expired', () => {
    const ledger = new InvitationLedger();
    const old = ledger.issue(t0 + 180_000);
    const current = ledger.issue(t0 + 500_000);
    expect(ledger.take(current, old, t0 + 180_001)).toBe('reply-expired');
    expect(ledger.take(old, old, t0 + 180_001)).toBe('reply-expired');
    expect(ledger.take(current, current, t0 + 180_001)).toBe('ok');
  });

  it('T25: memory is bounded; forgotten invitations count as another invitation', () => {
    const ledger = new InvitationLedger();
    const first = ledger.issue(t0 + 1e9);
    let last = first;
    for (let i = 0; i < 100; i++) last = ledger.issue(t0 + 1e9);
    expect(ledger.take(last, first, t0)).toBe('other-invitation');
    expect(ledger.take(last, last, t0)).toBe('ok');
  });

  it('T25: every refusal has a Spanish reason for the host screen', () => {
    for (const r of ['other-invitation', 'reply-expired', 'replayed'] as const) expect(roomText.codeErrors[r]).toMatch(/respuesta/);
  });
});
