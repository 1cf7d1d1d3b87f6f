// `npm run relay` as a process (T24): the frame that killed y-webrtc's server ('hola', not JSON)
// and a few other bad frames leave it running and serving, and it stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { connect } from './client.mjs';

describe('npm run relay (T24)', () => {
  it('T24: survives a non-JSON frame and keeps relaying; prints its address and RELAY_READY', async () => {
    const child = spawn(process.execPath, ['scripts/relay.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let exited: number | null = null;
    child.on('exit', (code) => (exited = code ?? -1));
    const port = await new Promise<number>((ok, fail) => {
      child.stdout.on('data', (d) => {
        out += String(d);
        const m = /RELAY_READY (\d+)/.exec(out);
        if (m) ok(Number(m[1]));
      });
      child.on('exit', () => fail(new Error(`relay exited: ${out}`)));
    });
    expect(out).toContain('Relevo de la sala listo');
    const url = `ws://127.0.0.1:${port}`;
    const attacker = await connect(url);
    attacker.send('hola');
    attacker.send('{"type":"subscribe","topics":"no es lista"}');
    attacker.send('{"type":"publish"');
    attacker.send(new Uint8Array([0xff, 0xfe, 0x00]));
    await attacker.closed; // the invalid UTF-8 frame closes only that connection
    const a = await connect(url);
    const b = await connect(url);
    a.json({ type: 'subscribe', topics: ['sala'] });
    b.json({ type: 'subscribe', topics: ['sala'] });
    b.json({ type: 'ping' });
    await b.waitFor((m) => (m as { type: string }).type === 'pong');
    a.json({ type: 'publish', topic: 'sala', data: 'sigo aquí' });
    await b.waitFor((m) => (m as { data?: unknown }).data === 'sigo aquí');
    expect(exited).toBeNull();
    await a.close();
    await b.close();
    const code = await new Promise<number | null>((ok) => {
      child.once('exit', (c) => ok(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  }, 30_000);
});
