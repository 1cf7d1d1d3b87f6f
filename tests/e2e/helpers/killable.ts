// A real Chromium on a persistent profile that a test can SIGKILL (a power cut, or Android
// killing the browser while the camera is open) and start again on the same profile.
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

export interface Killable {
  browser: Browser;
  proc: ChildProcess;
}

export async function launch(profile: string): Promise<Killable> {
  const proc = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const endpoint = await new Promise<string>((ok, fail) => {
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) ok(m[1]!);
    });
    proc.on('exit', () => fail(new Error(`Chromium terminó: ${err.slice(-500)}`)));
  });
  return { browser: await chromium.connectOverCDP(endpoint), proc };
}

/** The tab Chromium opened at start (about:blank, no history of its own). */
export async function firstPage(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0]!;
  return context.pages()[0] ?? (await context.newPage());
}

/** SIGKILL to Chromium and every process it started (renderers, storage service): a power cut. */
export async function killAll(proc: ChildProcess): Promise<void> {
  const exited = new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r(null) : proc.once('exit', r)));
  try {
    process.kill(-proc.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  await exited;
}
