// Pairing codes: the minimized SDP round-trips, the invitation stays about 200 bytes, replies open
// only with the room key, and hostile codes are refused with a reason (T16, T17). The rebuilt SDP
// is also accepted by Chromium in tests/e2e/room.spec.ts.
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { fromBase64Url, toBase64Url } from '../../../src/sync/bytes';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { newPeerId } from '../../../src/sync/envelope';
import { decodeInvitation, decodeReply, encodeInvitation, encodeReply, newInvitationNonce } from '../../../src/sync/pairingCode';
import { expandSdp, minimizeSdp } from '../../../src/sync/sdp';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
const CHROME_OFFER = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'a=extmap-allow-mixed',
  'a=msid-semantic: WMS',
  'm=application 61623 UDP/DTLS/SCTP webrtc-datachannel',
  'c=IN IP4 192.168.1.23',
  'a=candidate:1467250027 1 udp 2122260223 192.168.1.23 61623 typ host generation 0 network-id 1',
  'a=candidate:2001 1 udp 2122262783 fe80::1c2b:3ff:fe4d:5e6f 61624 typ host generation 0 network-id 2',
  'a=candidate:3001 1 udp 2122194687 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.local 61625 typ host generation 0',
  'a=candidate:4001 1 tcp 1518280447 192.168.1.23 9 typ host tcptype active generation 0',
  'a=ice-ufrag:Xy7q',
  'a=ice-pwd:abcdefghijklmnopqrstuv12',
  'a=ice-options:trickle',
  'a=fingerprint:sha-256 0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9:0A:1B:2C:3D:4E:5F:60:71:82:93:A4:B5:C6:D7:E8:F9',
  'a=setup:actpass',
  'a=mid:0',
  'a=sctp-port:5000',
  'a=max-message-size:262144',
  '',
].join('\r\n');

describe('minimized SDP (T16)', () => {
  it('T16: keeps credentials, fingerprint, role and UDP host candidates and rebuilds an equivalent SDP', () => {
    const min = minimizeSdp(CHROME_OFFER)!;
    expect(min.ufrag).toBe('Xy7q');
    expect(min.setup).toBe('actpass');
    expect(min.candidates.map((c) => c.address)).toEqual([
      '192.168.1.23',
      'fe80::1c2b:3ff:fe4d:5e6f',
      '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.local',
    ]);
    const again = minimizeSdp(expandSdp(min))!;
    expect(again.candidates.map((c) => c.address)).toEqual(min.candidates.map((c) => c.address));
    expect(again.pwd).toBe(min.pwd);
    expect(Buffer.from(again.fingerprint).toString('hex')).toBe(Buffer.from(min.fingerprint).toString('hex'));
    expect(expandSdp(min)).toContain('a=fingerprint:sha-256 0A:1B:2C');
  });

  it('T16: the invitation code is about 200 bytes and decodes to the same invitation', () => {
    const secret = newRoomSecret();
    const hostPeer = newPeerId();
    const code = encodeInvitation({ meetingId: MEETING, secret, hostPeer, nonce: newInvitationNonce(), sdp: minimizeSdp(CHROME_OFFER)! });
    expect(fromBase64Url(code)!.length).toBeLessThanOrEqual(200);
    const inv = decodeInvitation(`https://ejemplo/encuentros/unirse#${code}`);
    expect(inv).toMatchObject({ meetingId: MEETING, secret, hostPeer });
  });

  it('T17: hostile or wrong codes give a reason and never throw', () => {
    expect(decodeInvitation('')).toBe('unreadable');
    expect(decodeInvitation('¡hola!')).toBe('unreadable');
    expect(decodeInvitation(toBase64Url(new Uint8Array(300).fill(7)))).toBe('unreadable');
    // An SDP injection attempt through the ufrag is refused before any SDP is written.
    const good = minimizeSdp(CHROME_OFFER)!;
    const enc = encoding.createEncoder();
    encoding.writeUint8(enc, 2); // version
    encoding.writeUint8(enc, 1); // invitation
    encoding.writeUint8(enc, 1); // meeting id as text
    encoding.writeVarString(enc, 'abc');
    encoding.writeUint8Array(enc, new Uint8Array(16)); // secret
    encoding.writeUint8Array(enc, new Uint8Array(8)); // host peer
    encoding.writeUint8Array(enc, new Uint8Array(8)); // nonce
    encoding.writeVarString(enc, 'Xy7q\r\na=evil:1');
    encoding.writeVarString(enc, good.pwd);
    expect(decodeInvitation(toBase64Url(encoding.toUint8Array(enc)))).toBe('unreadable');
    for (let cut = 0; cut < 40; cut++) {
      const code = encodeInvitation({
        meetingId: MEETING,
        secret: newRoomSecret(),
        hostPeer: newPeerId(),
        nonce: newInvitationNonce(),
        sdp: good,
      });
      expect(decodeInvitation(code.slice(0, code.length - 1 - cut * 3))).toBe('unreadable');
    }
  });

  it('T17: a reply opens only with the room key of that meeting', async () => {
    const secret = newRoomSecret();
    const key = await deriveRoomKey(secret, MEETING);
    const reply = {
      meetingId: MEETING,
      nonce: newInvitationNonce(),
      joinerPeer: newPeerId(),
      hostPeer: newPeerId(),
      sdp: { ...minimizeSdp(CHROME_OFFER)!, setup: 'active' as const },
    };
    const code = await encodeReply(key, reply);
    expect(await decodeReply(key, code)).toMatchObject({ joinerPeer: reply.joinerPeer, hostPeer: reply.hostPeer });
    expect(await decodeReply(await deriveRoomKey(newRoomSecret(), MEETING), code)).toBe('wrong-secret');
    expect(await decodeReply(await deriveRoomKey(secret, 'otro'), code)).toBe('wrong-room');
    const inv = encodeInvitation({
      meetingId: MEETING,
      secret,
      hostPeer: newPeerId(),
      nonce: newInvitationNonce(),
      sdp: minimizeSdp(CHROME_OFFER)!,
    });
    expect(await decodeReply(key, inv)).toBe('not-reply');
    expect(decodeInvitation(code)).toBe('not-invitation');
  });
});
