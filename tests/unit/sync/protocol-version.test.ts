// Issue 21: devices on different app versions in one room. They sync on the highest room protocol
// both speak; when they share none, neither link opens (nothing reaches the document) and each
// side knows which device must be updated. Pairing codes and meeting files refuse newer formats.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { fromBase64Url, toBase64Url } from '../../../src/sync/bytes';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { DocSync } from '../../../src/sync/docSync';
import { newPeerId } from '../../../src/sync/envelope';
import { TestLink } from '../../helpers/testLink';
import { decodeInvitation, decodeReply } from '../../../src/sync/pairingCode';
import {
  helloVersion,
  MEETING_FILE_FORMAT,
  negotiate,
  PAIRING_CODE_VERSION,
  ROOM_PROTOCOL,
  type HelloVersion,
} from '../../../src/domain/protocolVersion';
import { encodeMeetingFile } from '../../../src/meeting/file';
import { versionProblemText } from '../../../src/i18n/versions';
import { MemoryNet, seeded } from '../../helpers/memoryNet';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
const v = (p: number, o: number, app = `${p}.0.0`): HelloVersion => ({ p, o, app });

describe('negotiate', () => {
  it('uses the highest protocol both speak, the same on both sides', () => {
    expect(negotiate(v(1, 1), v(1, 1))).toEqual({ ok: true, protocol: 1 });
    expect(negotiate(v(3, 1), v(2, 2))).toEqual({ ok: true, protocol: 2 });
    expect(negotiate(v(2, 2), v(3, 1))).toEqual({ ok: true, protocol: 2 });
  });

  it('a device from before versioning (no version in its hello) speaks protocol 1', () => {
    expect(negotiate(v(2, 1), undefined)).toEqual({ ok: true, protocol: 1 });
    expect(negotiate(undefined, v(2, 1))).toEqual({ ok: true, protocol: 1 });
    expect(negotiate(v(3, 2), undefined)).toEqual({ ok: false, update: 'other', otherApp: '' });
  });

  it('with nothing in common, both agree that the older device is the one to update', () => {
    const old = v(1, 1, '0.1.0');
    const next = v(3, 2, '0.4.0');
    expect(negotiate(old, next)).toEqual({ ok: false, update: 'this', otherApp: '0.4.0' });
    expect(negotiate(next, old)).toEqual({ ok: false, update: 'other', otherApp: '0.1.0' });
  });

  it('says it in Spanish, naming the other version when known', () => {
    expect(versionProblemText({ ok: false, update: 'this', otherApp: '0.4.0' })).toMatch(
      /^Este dispositivo tiene una versión anterior.*\(versión 0\.4\.0\).*No se cambió nada/,
    );
    expect(versionProblemText({ ok: false, update: 'other', otherApp: '' })).toMatch(
      /^Otro dispositivo tiene una versión anterior de la aplicación y no puede/,
    );
  });

  it('this build says what it speaks', () => {
    expect(helloVersion()).toMatchObject({ p: ROOM_PROTOCOL.current, o: ROOM_PROTOCOL.oldest });
    expect(ROOM_PROTOCOL.oldest).toBeLessThanOrEqual(ROOM_PROTOCOL.current);
  });
});

async function twoDevices(va: HelloVersion | null | undefined, vb: HelloVersion | null | undefined) {
  const net = new MemoryNet(seeded(7));
  const key = await deriveRoomKey(newRoomSecret(), MEETING);
  const [pa, pb] = [newPeerId(), newPeerId()];
  const [ca, cb] = net.pair();
  const la = new TestLink(ca, { key, localPeer: pa, remotePeer: pb, version: va });
  const lb = new TestLink(cb, { key, localPeer: pb, remotePeer: pa, version: vb });
  net.track(la, lb);
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  new DocSync(MEETING, docs[0], new Awareness(docs[0])).addLink(la);
  new DocSync(MEETING, docs[1], new Awareness(docs[1])).addLink(lb);
  docs[0].getMap('cards').set('a', 'de A');
  docs[1].getMap('cards').set('b', 'de B');
  await net.flush();
  return { la, lb, docs };
}

describe('the hello carries versions (over in-memory links)', () => {
  it('a newer build and one from before versioning still sync on protocol 1', async () => {
    const { la, lb, docs } = await twoDevices(v(2, 1), null);
    expect([la.state, lb.state]).toEqual(['open', 'open']);
    expect(la.version).toEqual({ ok: true, protocol: 1 });
    for (const d of docs) expect(d.getMap('cards').toJSON()).toEqual({ a: 'de A', b: 'de B' });
  });

  it('no protocol in common: neither link opens, no document changes, each side names the older device', async () => {
    const { la, lb, docs } = await twoDevices(v(4, 3, '0.4.0'), undefined);
    expect([la.state, lb.state]).toEqual(['closed', 'closed']);
    expect(la.counts.incompatible + lb.counts.incompatible).toBeGreaterThanOrEqual(1);
    expect(la.version).toEqual({ ok: false, update: 'other', otherApp: expect.any(String) });
    expect(lb.version).toEqual({ ok: false, update: 'this', otherApp: '0.4.0' });
    expect(docs[0].getMap('cards').toJSON()).toEqual({ a: 'de A' });
    expect(docs[1].getMap('cards').toJSON()).toEqual({ b: 'de B' });
  });
});

describe('formats carried between versions', () => {
  it('a pairing code from a newer app says so; garbage stays unreadable', async () => {
    const newer = toBase64Url(Uint8Array.from([PAIRING_CODE_VERSION + 1, 1, 0, ...new Array(40).fill(7)]));
    expect(decodeInvitation(newer)).toBe('newer-app');
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    expect(await decodeReply(key, newer)).toBe('newer-app');
    expect(decodeInvitation(toBase64Url(Uint8Array.from([0, 1, 2, 3, 4])))).toBe('unreadable');
    expect(fromBase64Url(newer)![0]).toBe(PAIRING_CODE_VERSION + 1);
  });

  it('the meeting file carries its format byte after the magic', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('id', MEETING);
    const bytes = encodeMeetingFile(doc);
    expect(bytes[8]).toBe(MEETING_FILE_FORMAT);
  });
});
