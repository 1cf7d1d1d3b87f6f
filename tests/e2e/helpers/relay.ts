// Starts `npm run relay`'s script (y-webrtc's signaling server) on a free loopback port for a test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

export interface Relay {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startRelay(): Promise<Relay> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/relay.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`relay did not start: ${out}`)), 10_000);
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes(`RELAY_READY ${port}`)) {
        clearTimeout(timer);
        ok();
      }
    });
    child.on('exit', () => fail(new Error(`relay exited: ${out}`)));
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    output: () => out,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
