import type { Page } from '@playwright/test';
import { BACKUP_TABLES } from '../../../src/backup/tables';

/** Device-local tables (drafts, the screen the device was on) never travel in a backup. */
const LOCAL = Object.entries(BACKUP_TABLES)
  .filter(([, spec]) => spec.local)
  .map(([name]) => name);

/**
 * Every table of the app's database, read straight from IndexedDB, with each Blob replaced by
 * its type, size and SHA-256: two devices hold identical data when their dumps are equal.
 */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (local) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('bitacora-cte');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const names = [...db.objectStoreNames].filter((n) => n !== 'settings' && !local.includes(n));
    const out: Record<string, unknown[]> = {};
    for (const name of names) {
      const rows = await new Promise<unknown[]>((ok, fail) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const digest = async (b: Blob) => {
        const h = new Uint8Array(await crypto.subtle.digest('SHA-256', await b.arrayBuffer()));
        return `${b.type}:${b.size}:${[...h].map((x) => x.toString(16).padStart(2, '0')).join('')}`;
      };
      const walk = async (v: unknown): Promise<unknown> => {
        if (v instanceof Blob) return digest(v);
        if (Array.isArray(v)) return Promise.all(v.map(walk));
        if (v && typeof v === 'object') {
          const entries = await Promise.all(
            Object.entries(v)
              .filter(([, x]) => x !== undefined)
              .map(async ([k, x]) => [k, await walk(x)] as const),
          );
          return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
        }
        return v;
      };
      out[name] = await Promise.all(rows.map(walk));
    }
    db.close();
    return out;
  }, LOCAL);
}
