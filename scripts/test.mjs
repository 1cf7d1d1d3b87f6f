// `npm test`: every check, in the order that fails fastest. Each step's output is shown as it
// runs; the first failure stops the run with a non-zero exit code.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const steps = [
  ['Tipos (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['Estilo (eslint)', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['Pruebas unitarias y de integración (vitest)', 'npx', ['vitest', 'run']],
  ['Compilación (vite build)', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['Pruebas en el navegador (playwright)', 'npx', ['playwright', 'test']],
];

const started = Date.now();
for (const [label, cmd, args] of steps) {
  if (cmd === 'npx' && args[0] === 'playwright') process.env.CHROMIUM_PATH = ensureChromium();
  console.log(`\n== ${label}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n✗ Falló: ${label} (código ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nTodo en orden (${((Date.now() - started) / 1000).toFixed(0)} s).`);
