// A simulated classroom LAN for the room's network test (issue 13): one Linux network namespace
// per device on one bridge, no route out, each serving the build on its own loopback (so every
// device opens http://127.0.0.1, a secure context). Loss and outages are nftables rules on the
// device's interface; UDP bytes leaving each device are counted there too. Needs root (CI is).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'cls13';
export const PORT = 4173;

function sh(cmd: string, args: string[], ignore = false): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    if (ignore) return '';
    throw err;
  }
}

const inNs = (ns: string, cmd: string, args: string[], ignore = false) => sh('ip', ['netns', 'exec', ns, cmd, ...args], ignore);
const nft = (ns: string, rule: string, ignore = false) => inNs(ns, 'nft', rule.split(' '), ignore);

export interface NetDevice {
  ns: string;
  ip: string;
  /** Chromium started inside this namespace (a wrapper script for Playwright's executablePath). */
  chromium: string;
  server: ChildProcess;
}

/** Removes whatever a previous (crashed) run left behind. Safe to call any time. */
export function teardown(devices: NetDevice[] = [], prefix = PREFIX): void {
  for (const d of devices) d.server.kill('SIGKILL');
  for (const ns of sh('ip', ['netns', 'list'], true)
    .split('\n')
    .map((l) => l.split(' ')[0] ?? '')) {
    if (ns.startsWith(`${prefix}-`)) sh('ip', ['netns', 'del', ns], true);
  }
  sh('ip', ['link', 'del', `${prefix}br`], true);
}

/** `prefix` names the namespaces and links (another test's classroom can run beside this one). */
export function classroom(n: number, prefix = PREFIX): NetDevice[] {
  const BRIDGE = `${prefix}br`;
  const PREFIX = prefix;
  teardown([], prefix);
  sh('ip', ['link', 'add', BRIDGE, 'type', 'bridge']);
  sh('ip', ['link', 'set', BRIDGE, 'up']);
  const bin = mkdtempSync(join(tmpdir(), `${PREFIX}-bin-`));
  const devices: NetDevice[] = [];
  for (let i = 1; i <= n; i++) {
    const ns = `${PREFIX}-${i}`;
    const ip = `10.13.0.${i}`;
    sh('ip', ['netns', 'add', ns]);
    sh('ip', ['link', 'add', `${PREFIX}v${i}`, 'type', 'veth', 'peer', 'name', `${PREFIX}e${i}`]);
    sh('ip', ['link', 'set', `${PREFIX}v${i}`, 'master', BRIDGE]);
    sh('ip', ['link', 'set', `${PREFIX}v${i}`, 'up']);
    sh('ip', ['link', 'set', `${PREFIX}e${i}`, 'netns', ns]);
    inNs(ns, 'ip', ['link', 'set', `${PREFIX}e${i}`, 'name', 'eth0']);
    // IPv4 only: an IPv6 link-local address finishing its duplicate check a second or two after the
    // link comes up is a network change to Chromium, which failed the app's first load with
    // ERR_NETWORK_CHANGED (CI, 7 Dec: a blank page, then a 240 s hang in the setup).
    inNs(ns, 'sysctl', ['-qw', 'net.ipv6.conf.all.disable_ipv6=1'], true);
    inNs(ns, 'sysctl', ['-qw', 'net.ipv6.conf.eth0.disable_ipv6=1'], true);
    inNs(ns, 'ip', ['addr', 'add', `${ip}/24`, 'dev', 'eth0']);
    inNs(ns, 'ip', ['link', 'set', 'eth0', 'up']);
    inNs(ns, 'ip', ['link', 'set', 'lo', 'up']);
    // No default route: like a classroom access point with no internet behind it.
    nft(ns, 'add table inet cls');
    nft(ns, 'add chain inet cls count { type filter hook output priority 0 ; }');
    nft(ns, 'add rule inet cls count oifname eth0 meta l4proto udp counter');
    nft(ns, 'add chain inet cls in { type filter hook input priority 0 ; }');
    nft(ns, 'add chain inet cls out { type filter hook output priority 1 ; }');
    const chromium = join(bin, `chromium-${i}`);
    writeFileSync(chromium, `#!/bin/sh\nexec ip netns exec ${ns} /usr/bin/chromium "$@"\n`);
    chmodSync(chromium, 0o755);
    const server = spawn(
      'ip',
      ['netns', 'exec', ns, process.execPath, '-e', `import('./scripts/serve-dir.mjs').then((m) => m.serveDir('dist', { port: ${PORT} }))`],
      { stdio: 'ignore' },
    );
    devices.push({ ns, ip, chromium, server });
  }
  return devices;
}

/** Drops `percent` % of the UDP datagrams reaching this device (0: none). */
export function setLoss(d: NetDevice, percent: number): void {
  nft(d.ns, 'flush chain inet cls in');
  if (percent > 0) nft(d.ns, `add rule inet cls in iifname eth0 meta l4proto udp numgen random mod 100 < ${percent} drop`);
}

/** The device's Wi-Fi is gone (out of range): nothing in or out on its interface. */
export function setOutage(d: NetDevice, down: boolean): void {
  nft(d.ns, 'flush chain inet cls out');
  setLoss(d, 0);
  if (!down) return;
  nft(d.ns, 'add rule inet cls in iifname eth0 drop');
  nft(d.ns, 'add rule inet cls out oifname eth0 drop');
}

/** UDP bytes this device has put on the LAN so far (IP headers included). */
export function udpBytesOut(d: NetDevice): number {
  const text = nft(d.ns, 'list chain inet cls count');
  return Number(/bytes (\d+)/.exec(text)?.[1] ?? 0);
}

/** Kills every process in the device's namespace but its server: the phone's browser dies. */
export function killBrowser(d: NetDevice): void {
  for (const pid of sh('ip', ['netns', 'pids', d.ns], true).split('\n').map(Number)) {
    if (pid > 0 && pid !== d.server.pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}
