// The LAN relay (T24): y-webrtc's protocol, and no input that can stop it or starve others.
// A seeded fuzzer throws malformed frames of every kind at it (bounded: a few hundred frames and a
// few raw TCP streams), a flooder is cut off, and honest clients keep talking throughout.
import { connect as netConnect } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRelayServer, type RelayLimits, type RelayServer } from '../../../scripts/relay-server.mjs';
import { connect, type TestClient } from './client.mjs';
import { seededRng as rng } from '../../helpers/meetingNetwork';

let relay: RelayServer | null = null;
const open: TestClient[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => (c.isOpen() ? c.close() : null)));
  await relay?.close();
  relay = null;
});

async function start(limits: Partial<RelayLimits> = {}): Promise<string> {
  relay = await startRelayServer({ port: 0, host: '127.0.0.1', limits });
  return `ws://127.0.0.1:${relay.port}`;
}

async function client(url: string): Promise<TestClient> {
  const c = await connect(url);
  open.push(c);
  return c;
}

type Publish = { type: string; topic?: string; data?: unknown; clients?: number };
const isPublish = (data: unknown) => (m: unknown) =>
  (m as Publish).type === 'publish' && JSON.stringify((m as Publish).data) === JSON.stringify(data);

/** Two honest clients on one topic: a message from one reaches the other. */
async function honestExchange(url: string, tag: string): Promise<void> {
  const a = await client(url);
  const b = await client(url);
  a.json({ type: 'subscribe', topics: [`sala-${tag}`] });
  b.json({ type: 'subscribe', topics: [`sala-${tag}`] });
  b.json({ type: 'ping' });
  await b.waitFor((m) => (m as Publish).type === 'pong');
  a.json({ type: 'publish', topic: `sala-${tag}`, data: `hola-${tag}` });
  await b.waitFor(isPublish(`hola-${tag}`));
  await a.close();
  await b.close();
}

/** Waits until the relay has handled everything sent so far (its pong), or closed the socket. */
async function settle(c: TestClient): Promise<void> {
  const pongs = c.messages.filter((m) => (m as Publish).type === 'pong').length;
  c.json({ type: 'ping' });
  await Promise.race([
    c.waitFor(() => c.messages.filter((m) => (m as Publish).type === 'pong').length > pongs).catch(() => undefined),
    c.closed,
  ]);
}

function junkFrames(seed: number, count: number): { data: string | Uint8Array; binary: boolean }[] {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const any = (): unknown => [null, true, 7, -1.5, 'x', [], {}, [1, [2, [3]]], { a: { b: {} } }, '__proto__', 1e308][int(11)];
  const valid = [
    JSON.stringify({ type: 'subscribe', topics: ['sala-fuzz'] }),
    JSON.stringify({ type: 'publish', topic: 'sala-fuzz', data: 'abc' }),
    JSON.stringify({ type: 'ping' }),
  ];
  const out: { data: string | Uint8Array; binary: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 10;
    const v = valid[int(valid.length)]!;
    if (kind === 0) out.push({ data: 'hola', binary: false });
    else if (kind === 1)
      out.push({ data: bytes(1 + int(300)), binary: false }); // usually invalid UTF-8
    else if (kind === 2) out.push({ data: bytes(1 + int(300)), binary: true });
    else if (kind === 3)
      out.push({ data: v.slice(0, int(v.length)), binary: false }); // truncated
    else if (kind === 4) {
      const chars = [...v];
      chars[int(chars.length)] = String.fromCharCode(int(128));
      out.push({ data: chars.join(''), binary: false }); // mutated
    } else if (kind === 5) out.push({ data: JSON.stringify(any()), binary: false });
    else if (kind === 6) out.push({ data: JSON.stringify({ type: any(), topics: any(), topic: any(), data: any() }), binary: false });
    else if (kind === 7) {
      const shapes = [
        { type: 'subscribe', topics: any() },
        { type: 'subscribe', topics: [any(), 'sala-fuzz'] },
        { type: 'subscribe', topics: Array.from({ length: 100 }, (_, k) => `t${k}`) },
        { type: 'subscribe', topics: ['x'.repeat(5000)] },
        { type: 'unsubscribe', topics: any() },
        { type: 'publish', topic: any(), data: 'x' },
        { type: 'publish', topic: 'sala-fuzz' },
        { type: 'publish', topic: '', data: 'x' },
        { type: 'constructor', topics: ['__proto__'] },
        { type: 'subscribe', topics: ['__proto__', 'constructor', 'hasOwnProperty'] },
      ];
      out.push({ data: JSON.stringify(shapes[int(shapes.length)]), binary: false });
    } else if (kind === 8) {
      const depth = 3000 + int(17_000);
      // Deep nesting: unclosed (a parse error) or a publish whose data is too deep to re-serialize.
      if (int(2)) out.push({ data: `${'['.repeat(depth)}${']'.repeat(int(2))}`, binary: false });
      else out.push({ data: `{"type":"publish","topic":"sala-fuzz","data":${'['.repeat(depth)}${']'.repeat(depth)}}`, binary: false });
    } else out.push({ data: '{"type":"publish","topic":"sala-fuzz","data":"' + 'x'.repeat(70 * 1024) + '"}', binary: false }); // over maxPayload
  }
  return out;
}

describe('LAN relay protocol (T24)', () => {
  it('T24: speaks y-webrtc’s subscribe/publish/ping/unsubscribe, with the receiver count', async () => {
    const url = await start();
    const a = await client(url);
    const b = await client(url);
    const other = await client(url);
    a.json({ type: 'subscribe', topics: ['room-1'] });
    b.json({ type: 'subscribe', topics: ['room-1'] });
    other.json({ type: 'subscribe', topics: ['room-2'] });
    a.json({ type: 'ping' });
    await a.waitFor((m) => (m as Publish).type === 'pong');
    // y-webrtc publishes objects (unencrypted rooms) and base64 strings (rooms with a password).
    const signal = { type: 'announce', from: 'peer-a' };
    b.json({ type: 'publish', topic: 'room-1', data: signal });
    const got = (await a.waitFor(isPublish(signal))) as Publish;
    expect(got).toEqual({ type: 'publish', topic: 'room-1', data: signal, clients: 2 });
    // The sender, subscribed, gets its own message back, as with y-webrtc's server.
    await b.waitFor(isPublish(signal));
    b.json({ type: 'unsubscribe', topics: ['room-1'] });
    b.json({ type: 'ping' });
    await b.waitFor((m) => (m as Publish).type === 'pong' && b.messages.filter((x) => (x as Publish).type === 'pong').length === 1);
    a.json({ type: 'publish', topic: 'room-1', data: 'c2VsbGFkbw' });
    expect(await a.waitFor(isPublish('c2VsbGFkbw'))).toMatchObject({ clients: 1 });
    // T27: only the protocol's fields travel on; anything else a sender adds is dropped.
    a.json({ type: 'publish', topic: 'room-1', data: 'x', from: 'spy', clients: 999, extra: { big: 'y' } });
    expect(await a.waitFor(isPublish('x'))).toEqual({ type: 'publish', topic: 'room-1', data: 'x', clients: 1 });
    // Nothing crossed topics.
    other.json({ type: 'ping' });
    await other.waitFor((m) => (m as Publish).type === 'pong');
    expect(other.messages.filter((m) => (m as Publish).type === 'publish')).toEqual([]);
    expect(b.messages.filter(isPublish('c2VsbGFkbw'))).toEqual([]);
  });

  it('T24: “hola” and a fuzzer of malformed frames never stop it; honest clients keep talking', async () => {
    const url = await start();
    const frames = junkFrames(20261202, 400);
    let attacker = await client(url);
    let reconnects = 0;
    for (const [i, f] of frames.entries()) {
      if (!attacker.isOpen()) {
        reconnects += 1;
        attacker = await client(url);
      }
      attacker.send(f.data, { binary: f.binary });
      await settle(attacker);
      if (i % 100 === 99) await honestExchange(url, `f${i}`);
    }
    await honestExchange(url, 'end');
    expect(attacker.messages.length + reconnects).toBeGreaterThan(0);
    const s = relay!.stats;
    expect(s.refused.notJson).toBeGreaterThan(0);
    expect(s.refused.badShape).toBeGreaterThan(0);
    expect(s.refused.binary).toBeGreaterThan(0);
    expect(s.refused.protocol).toBeGreaterThan(0); // invalid UTF-8 closes that socket (1007)
    expect(s.refused.oversize).toBeGreaterThan(0); // over maxPayload closes that socket (1009)
    expect(reconnects).toBeGreaterThan(0);
    // No topic was created by junk beyond what the limits allow.
    expect(s.topics).toBeLessThanOrEqual(16);
  }, 60_000);

  it('T24: raw TCP garbage (no handshake, or broken frames after it) is dropped', async () => {
    const url = await start();
    const { port } = relay!;
    const r = rng(7);
    const raw = async (payload: Buffer) =>
      new Promise<void>((done) => {
        const s = netConnect(port, '127.0.0.1', () => s.end(payload));
        s.on('error', () => done());
        s.on('close', () => done());
        s.resume();
      });
    const handshake =
      'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';
    for (let i = 0; i < 20; i++) {
      const junk = Buffer.from(Array.from({ length: 1 + Math.floor(r() * 2000) }, () => Math.floor(r() * 256)));
      await raw(i % 2 ? junk : Buffer.concat([Buffer.from(handshake), junk]));
    }
    await honestExchange(url, 'tcp');
  });
});

describe('LAN relay limits (T24)', () => {
  it('T24: too many topics per client are refused; the first ones keep working', async () => {
    const url = await start({ maxTopicsPerClient: 4 });
    const a = await client(url);
    a.json({ type: 'subscribe', topics: ['t1', 't2'] });
    a.json({ type: 'subscribe', topics: ['t3', 't4'] });
    a.json({ type: 'subscribe', topics: ['t5', 't6'] });
    a.json({ type: 'subscribe', topics: ['t1', 't2', 't3', 't4', 't5'] }); // more than allowed in one frame
    a.json({ type: 'ping' });
    await a.waitFor((m) => (m as Publish).type === 'pong');
    expect(relay!.stats.refused.tooManyTopics).toBe(2);
    expect(relay!.stats.refused.badShape).toBe(1);
    expect(relay!.stats.topics).toBe(4);
    a.json({ type: 'publish', topic: 't4', data: 'sí' });
    await a.waitFor(isPublish('sí'));
    a.json({ type: 'publish', topic: 't5', data: 'no' });
    a.json({ type: 'ping' });
    await a.waitFor((m) => (m as Publish).type === 'pong' && a.messages.filter((x) => (x as Publish).type === 'pong').length === 2);
    expect(a.messages.filter(isPublish('no'))).toEqual([]);
  });

  it('T24: a flooder is rate-limited, then disconnected; its topic’s other members are not', async () => {
    const url = await start({ framesPerSecond: 20, framesBurst: 40, maxStrikes: 10 });
    const victim = await client(url);
    const flooder = await client(url);
    victim.json({ type: 'subscribe', topics: ['sala'] });
    victim.json({ type: 'ping' });
    await victim.waitFor((m) => (m as Publish).type === 'pong');
    const sent = 3000;
    for (let i = 0; i < sent; i++) flooder.json({ type: 'publish', topic: 'sala', data: `spam-${i}` });
    expect((await flooder.closed).code).toBe(1008);
    expect(relay!.stats.closedForAbuse).toBe(1);
    expect(relay!.stats.refused.rateLimited).toBeGreaterThanOrEqual(10);
    // What reached the victim is bounded by the budget, not by what was sent.
    victim.json({ type: 'ping' });
    await victim.waitFor(
      (m) => (m as Publish).type === 'pong' && victim.messages.filter((x) => (x as Publish).type === 'pong').length === 2,
    );
    const spam = victim.messages.filter((m) => String((m as Publish).data).startsWith('spam-')).length;
    expect(spam).toBeGreaterThan(0);
    expect(spam).toBeLessThan(sent / 10);
    expect(victim.isOpen()).toBe(true);
    await honestExchange(url, 'after-flood');
  });

  it('T24: a publish costs its size times its receivers, so fan-out floods are bounded too', async () => {
    const url = await start({ bytesBurst: 20_000, bytesPerSecond: 1, maxStrikes: 1000 });
    const listeners = await Promise.all([0, 1, 2, 3].map(() => client(url)));
    for (const l of listeners) l.json({ type: 'subscribe', topics: ['sala'] });
    for (const l of listeners) {
      l.json({ type: 'ping' });
      await l.waitFor((m) => (m as Publish).type === 'pong');
    }
    const sender = await client(url);
    const data = 'x'.repeat(1000);
    for (let i = 0; i < 20; i++) sender.json({ type: 'publish', topic: 'sala', data });
    sender.json({ type: 'ping' });
    await sender.waitFor((m) => (m as Publish).type === 'pong');
    // ≈ 1 KB × 4 receivers per publish against a 20 KB budget: about 4 of 20 get through.
    expect(relay!.stats.accepted.publish).toBeLessThanOrEqual(5);
    expect(relay!.stats.refused.rateLimited).toBeGreaterThanOrEqual(15);
  });

  it('T24: connections beyond the limit are refused at the handshake; the others stay', async () => {
    const url = await start({ maxClientsPerAddress: 3 });
    const first = await Promise.all([0, 1, 2].map(() => client(url)));
    await expect(connect(url)).rejects.toThrow(/503/);
    expect(relay!.stats.refused.full).toBe(1);
    await first[0]!.close();
    await first[1]!.close();
    await vi.waitFor(() => expect(relay!.stats.connections).toBe(1));
    await honestExchange(url, 'after-full'); // two slots freed: new clients get in again
    expect(first[2]!.isOpen()).toBe(true);
  });
});
