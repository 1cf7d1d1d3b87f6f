// Measures whether this Chromium lets an https page (the installed app, as a public origin) open
// ws:// to a device on the local network (the LAN relay), with and without the Local Network
// Access permission. Stand-ins: an https server on loopback declared "public" and a WebSocket
// server on this machine's LAN address declared "local", with --ip-address-space-overrides.
// Usage: node scripts/lna-probe.mjs <cert.pem> <key.pem>   (a self-signed pair from openssl).
// Prints one line per case; docs/RELAY.md records what it printed.
import { createServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { WebSocketServer } from 'ws';
import { chromium } from '@playwright/test';

const [certFile, keyFile] = process.argv.slice(2);
// A private literal (10/8, 172.16/12, 192.168/16), as a school's Wi-Fi gives; LAN_IP overrides.
const lan =
  process.env.LAN_IP ??
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a?.family === 'IPv4' && !a.internal)?.address;
if (!certFile || !keyFile || !lan) throw new Error('usage: node scripts/lna-probe.mjs cert.pem key.pem (and a non-loopback IPv4 address)');

const page = createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, (_req, res) =>
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>probe</title>'),
);
await new Promise((ok) => page.listen(0, '127.0.0.1', ok));
const wss = new WebSocketServer({ host: '0.0.0.0', port: 0 });
await new Promise((ok) => wss.once('listening', ok));
let connections = 0;
wss.on('connection', (ws) => {
  connections += 1;
  ws.send('hola');
});
const [pagePort, wsPort] = [page.address().port, wss.address().port];
const origin = `https://127.0.0.1:${pagePort}`;

async function probe(space, grant, target, pagePublic = true) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--ignore-certificate-errors',
      ...(pagePublic ? [`--ip-address-space-overrides=127.0.0.1:${pagePort}=public,${lan}:${wsPort}=${space}`] : []),
    ],
  });
  try {
    const context = await browser.newContext();
    // Granted for this browser context, as the user's "Permitir" would (headless answers a
    // prompt with "deny"). The permission's name changed across versions; grant what is known.
    if (grant) {
      const known = [];
      for (const name of ['local-network-access', 'local-network', 'loopback-network']) {
        await context.grantPermissions([name], { origin }).then(
          () => known.push(name),
          () => undefined,
        );
      }
      grant = known.join('+') || 'none known';
    }
    const tab = await context.newPage();
    const said = [];
    tab.on('console', (m) => said.push(m.text().slice(0, 160)));
    const before = connections;
    await tab.goto(origin);
    const result = await tab.evaluate(
      (url) =>
        new Promise((ok) => {
          let ws;
          try {
            ws = new WebSocket(url);
          } catch (e) {
            return ok(`thrown: ${e.name}: ${e.message}`);
          }
          const t = setTimeout(() => ok('no answer in 5 s'), 5000);
          ws.onmessage = (m) => (clearTimeout(t), ok(`open, received "${m.data}"`));
          ws.onerror = () => (clearTimeout(t), ok('error event (connection refused by the browser or the network)'));
        }),
      target,
    );
    const reached = connections > before ? 'server saw it' : 'server never saw it';
    console.log(
      `${pagePublic ? 'public page' : 'loopback page'} ${target.padEnd(26)} ${space.padEnd(8)} permission=${grant || 'default'}  → ${result}; ${reached}${said.length ? `; console: ${said.join(' | ')}` : ''}`,
    );
  } finally {
    await browser.close();
  }
}

console.log(
  `Chromium ${await (await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })).version()}; page ${origin} (public)`,
);
// PUBLIC_IP: a non-private address of this machine (no mixed-content exemption), if any.
const targets = [
  `ws://${lan}:${wsPort}`,
  `ws://127.0.0.1:${wsPort}`,
  ...(process.env.PUBLIC_IP ? [`ws://${process.env.PUBLIC_IP}:${wsPort}`] : []),
];
for (const target of targets) for (const grant of [false, true]) await probe('local', grant, target);
await probe('local', false, `ws://127.0.0.1:${wsPort}`, false);
wss.close();
page.close();
process.exit(0);
