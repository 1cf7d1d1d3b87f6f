// `npm run relay`: the optional LAN relay for meeting rooms. Starts our relay server
// (scripts/relay-server.mjs: y-webrtc's topic publish/subscribe protocol, hardened against any
// input) on every network interface, then prints the addresses to type in the room screen and a
// terminal QR of the first one. The relay only ever sees sealed envelopes (docs/RELAY.md).
// PORT=4444 by default.
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { startRelayServer } from './relay-server.mjs';

const port = Number(process.env.PORT ?? 4444);

function lanAddresses() {
  const out = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

let relay;
try {
  relay = await startRelayServer({ port });
} catch (err) {
  const inUse = /** @type {{ code?: string }} */ (err).code === 'EADDRINUSE';
  console.error(
    inUse
      ? `El puerto ${port} ya está en uso: cierre el otro relevo o use PORT=otro npm run relay.`
      : `No se pudo iniciar el relevo: ${String(err)}`,
  );
  process.exit(1);
}

const urls = lanAddresses().map((ip) => `ws://${ip}:${relay.port}`);
console.log(`\nRelevo de la sala listo en el puerto ${relay.port}.`);
if (urls.length === 0) {
  console.log('No se encontró ninguna red local: conecte esta computadora al Wi-Fi del salón.');
  console.log(`En esta misma computadora: ws://localhost:${relay.port}`);
} else {
  console.log('Escriba una de estas direcciones en «Relevo en la red local» de la sala:');
  for (const u of urls) console.log(`  ${u}`);
  console.log(await QRCode.toString(urls[0], { type: 'terminal', small: true }));
}
console.log('Recuerde: la app debe abrirse desde http://localhost o https; lea docs/RELAY.md.');
console.log('Ctrl+C para detener.');
console.log(`RELAY_READY ${relay.port}`);

// Once a minute, if anything was refused, say so (counts only: the relay never logs content).
let lastRefused = 0;
setInterval(() => {
  const s = relay.stats;
  const refused = Object.values(s.refused).reduce((a, b) => a + b, 0);
  if (refused === lastRefused) return;
  lastRefused = refused;
  console.log(
    `Relevo: ${s.connections} conexiones; ${refused} mensajes rechazados en total; ${s.closedForAbuse} conexiones cerradas por abuso.`,
  );
}, 60_000).unref();

const stop = () => void relay.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
