// A real Chromium process on a profile directory, to be killed with SIGKILL (a power cut, or
// Android killing the app) and launched again on the same profile.
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

export async function launchOnProfile(profile: string): Promise<{ browser: Browser; proc: ChildProcess }> {
  const proc = spawn(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
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
