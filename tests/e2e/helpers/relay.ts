// Starts `npm run relay`'s script (our relay server, y-webrtc's protocol) on a free loopback port for a test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, type Page } from '@playwright/test';

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
  const child: ChildProcess = spawn(process.execPath, ['scripts/relay.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

/** On the room screen: opens «Relevo en la red local», types the address and waits to be connected. */
export async function connectRelay(page: Page, url: string): Promise<void> {
  await page.getByText('Relevo en la red local (opcional)').click();
  await page.getByLabel('Dirección del relevo').fill(url);
  await page.getByRole('button', { name: 'Usar relevo' }).click();
  await expect(page.getByTestId('lan-status')).toHaveText('Conectado al relevo.');
}
