// `npm run relay`: the optional LAN relay for meeting rooms. Starts y-webrtc's own signaling server
// (node_modules/y-webrtc/bin/server.js, a topic publish/subscribe WebSocket server) on every
// network interface, then prints the addresses to type in the room screen and a terminal QR of
// the first one. The relay only ever sees sealed envelopes (docs/RELAY.md). PORT=4444 by default.
import { spawn } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';

const port = Number(process.env.PORT ?? 4444);
// The package's exports map hides bin/, so it is addressed as a file of the installed package.
const serverJs = fileURLToPath(new URL('../node_modules/y-webrtc/bin/server.js', import.meta.url));

const child = spawn(process.execPath, [serverJs], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });

function lanAddresses() {
  const out = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

let announced = false;
child.stdout.on('data', async (chunk) => {
  if (announced || !String(chunk).includes('Signaling server running')) return;
  announced = true;
  const urls = lanAddresses().map((ip) => `ws://${ip}:${port}`);
  console.log(`\nRelevo de la sala listo en el puerto ${port}.`);
  if (urls.length === 0) {
    console.log('No se encontró ninguna red local: conecte esta computadora al Wi-Fi del salón.');
    console.log(`En esta misma computadora: ws://localhost:${port}`);
  } else {
    console.log('Escriba una de estas direcciones en «Relevo en la red local» de la sala:');
    for (const u of urls) console.log(`  ${u}`);
    console.log(await QRCode.toString(urls[0], { type: 'terminal', small: true }));
  }
  console.log('Recuerde: la app debe abrirse desde http://localhost o https; lea docs/RELAY.md.');
  console.log('Ctrl+C para detener.');
  console.log(`RELAY_READY ${port}`);
});

const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
