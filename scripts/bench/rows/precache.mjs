// "Total precache <= 1.5 MB" (issue 9): everything the service worker downloads at install, read
// from the built sw.js's precache manifest. Raw bytes are what lands in the phone's cache; gzip
// is what travels over the school's connection on the one day it has one.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export async function precacheEntries(distDir) {
  const sw = await readFile(join(distDir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
}

export default async function precache({ distDir }) {
  const urls = await precacheEntries(distDir);
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const file = join(distDir, url);
    raw += (await stat(file)).size;
    gzip += gzipSync(await readFile(file)).length;
  }
  const mb = (n) => Math.round((n / 1024 / 1024) * 100) / 100;
  return [
    {
      name: `Precaché del service worker (${urls.length} archivos), sin comprimir`,
      value: mb(raw),
      unit: 'MB',
      budget: 1.5,
      ok: raw <= 1.5 * 1024 * 1024,
    },
    { name: 'Precaché del service worker, gzip', value: mb(gzip), unit: 'MB', budget: null, ok: true },
  ];
}
