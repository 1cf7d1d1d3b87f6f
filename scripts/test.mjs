// `npm test`: every check, in the order that fails fastest. Each step's output is shown as it
// runs; the first failure stops the run with a non-zero exit code. The last line counts the tests
// of vitest and Playwright together, as "N passed, N failed".
import { spawn } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const ZONE_TEST = 'tests/integration/zone.test.ts';

const steps = [
  { label: 'Tipos (tsc)', args: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { label: 'Estilo (eslint)', args: ['eslint', '.', '--max-warnings=0'] },
  { label: 'Formato (prettier)', args: ['prettier', '--check', '--log-level', 'warn', '**/*.{ts,tsx,mts,mjs,js,css}'] },
  { label: 'Pruebas unitarias y de integración (vitest)', args: ['vitest', 'run', '--exclude', ZONE_TEST], count: countVitest },
  // Rooms of 16-64 in-process devices run on real timers: alone, so no other test file competes
  // with them for the two cores (issue 17).
  { label: 'Salas del tamaño de una zona (vitest, en memoria)', args: ['vitest', 'run', ZONE_TEST], count: countVitest },
  { label: 'Compilación (vite build)', args: ['vite', 'build', '--logLevel', 'warn'] },
  // The same app as a project page serves it (issue 21): the browser tests run it under /bitacora/.
  {
    label: 'Compilación bajo una subruta (/bitacora/)',
    args: ['vite', 'build', '--logLevel', 'warn', '--base=/bitacora/', '--outDir', 'dist-sub'],
  },
  { label: 'Tamaño del JS inicial', cmd: 'node', args: ['scripts/size-check.mjs'] },
  { label: 'Pruebas en el navegador (playwright)', args: ['playwright', 'test'], count: countPlaywright, browser: true },
];

// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters by definition
const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

function countVitest(out) {
  const line =
    strip(out)
      .split('\n')
      .find((l) => /^\s*Tests\s+/.test(l)) ?? '';
  return { passed: Number(/(\d+) passed/.exec(line)?.[1] ?? 0), failed: Number(/(\d+) failed/.exec(line)?.[1] ?? 0) };
}

function countPlaywright(out) {
  const text = strip(out);
  return {
    passed: Number(/^\s+(\d+) passed/m.exec(text)?.[1] ?? 0),
    failed: Number(/^\s+(\d+) failed/m.exec(text)?.[1] ?? 0),
  };
}

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const totals = { passed: 0, failed: 0 };
const started = Date.now();
for (const step of steps) {
  if (step.browser) process.env.CHROMIUM_PATH = ensureChromium();
  console.log(`\n== ${step.label}`);
  const t0 = Date.now();
  const { code, out } = await run(step.cmd ?? 'npx', step.args);
  if (step.count) {
    const c = step.count(out);
    totals.passed += c.passed;
    totals.failed += c.failed;
  }
  if (code !== 0) {
    console.error(`\n✗ Falló: ${step.label} (código ${code})`);
    console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(code || 1);
  }
  console.log(`✓ ${step.label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`\nTodo en orden (${((Date.now() - started) / 1000).toFixed(0)} s).`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
