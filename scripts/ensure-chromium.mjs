// Browser tests need Debian's Chromium (npm cannot download browsers on our machines). Finds it,
// installs it when running as root with apt, or stops with the exact command to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p));
}

function hasApt() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasApt()) {
    console.log('No se encontró Chromium: instalando el paquete chromium de Debian…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils', {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('No se encontró Chromium para las pruebas de navegador. Instálelo con:');
  console.error('  sudo apt-get update && sudo apt-get install -y chromium poppler-utils');
  console.error('o indique su ruta con la variable CHROMIUM_PATH.');
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Chromium: ${ensureChromium()}`);
}
