// The drafts as IndexedDB holds them, read straight from the database (not through the app), so a
// test can wait for a draft to be on disk before it kills or reloads the page.
import type { Page } from '@playwright/test';

export interface StoredDraft {
  id: string;
  baseVersion: number;
  value: Record<string, unknown>;
  files: { name: string; size: number; thumb: boolean }[];
}

/** The drafts as IndexedDB holds them (photos as name, size and whether a thumbnail is kept). */
export function storedDrafts(page: Page): Promise<StoredDraft[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDraft[]>((ok, fail) => {
        const open = indexedDB.open('bitacora-cte');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          if (!idb.objectStoreNames.contains('drafts')) return ok([]);
          const tx = idb.transaction(['drafts', 'draftFiles']);
          const rows = tx.objectStore('drafts').getAll();
          const files = tx.objectStore('draftFiles').getAll();
          tx.oncomplete = () => {
            const byId = new Map(
              (files.result as { id: string; files: { name: string; size: number; thumb?: Blob }[] }[]).map((f) => [f.id, f.files]),
            );
            ok(
              (rows.result as StoredDraft[]).map((r) => ({
                id: r.id,
                baseVersion: r.baseVersion,
                value: r.value,
                files: (byId.get(r.id) ?? []).map((f) => ({ name: f.name, size: f.size, thumb: f.thumb instanceof Blob })),
              })),
            );
            idb.close();
          };
        };
      }),
  );
}
