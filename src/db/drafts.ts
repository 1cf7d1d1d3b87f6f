// Drafts on the device: what a form holds, written as the teacher types (see ui/useDurableDraft).
// Saving a record clears its draft in the record's own transaction (saveWithDraft), so a kill can
// never leave both a saved record and a draft of the same words, nor lose both.
import { liveQuery } from 'dexie';
import { draftId, isExpired, type DraftFilesRow, type DraftKey, type DraftRow } from '../domain/draft';
import { db } from './database';
import { write } from './writes';

interface StoredDraft {
  row: DraftRow;
  files?: unknown[] | undefined;
}

export async function readDraft(key: Pick<DraftKey, 'form' | 'recordId'>): Promise<StoredDraft | undefined> {
  const id = draftId(key);
  return db.transaction('r', ['drafts', 'draftFiles'], async () => {
    const row = await db.drafts.get(id);
    if (!row) return undefined;
    const files = await db.draftFiles.get(id);
    return { row, files: files?.files };
  });
}

/** Writes the draft's fields; `files` only when they changed (photos are the heavy part). */
export async function putDraft(row: DraftRow, files?: unknown[]): Promise<void> {
  // No write() here: a draft write asks nothing of the user (no persistence prompt) and its
  // failure is reported by the caller once, not as a save error.
  await db.transaction('rw', ['drafts', 'draftFiles'], async () => {
    await db.drafts.put(row);
    if (files === undefined) return;
    if (files.length === 0) await db.draftFiles.delete(row.id);
    else await db.draftFiles.put({ id: row.id, files, savedAt: row.savedAt } satisfies DraftFilesRow);
  });
}

export async function deleteDraft(key: Pick<DraftKey, 'form' | 'recordId'>): Promise<void> {
  const id = draftId(key);
  await db.transaction('rw', ['drafts', 'draftFiles'], async () => {
    await db.drafts.delete(id);
    await db.draftFiles.delete(id);
  });
}

/**
 * Runs a repository's save and deletes the draft in the same transaction: the repository's own
 * write() nests inside this one (Dexie reuses an enclosing transaction whose scope covers it), so
 * either the record is stored and the draft gone, or neither.
 */
export async function saveWithDraft<T>(key: Pick<DraftKey, 'form' | 'recordId'>, save: () => Promise<T>): Promise<T> {
  const id = draftId(key);
  return write(
    db.tables.map((t) => t.name),
    async () => {
      const result = await save();
      await db.drafts.delete(id);
      await db.draftFiles.delete(id);
      return result;
    },
  );
}

/** The unsaved drafts of these forms, most recent first (the lists' "Borrador sin guardar"). */
export async function listDrafts(forms: string | readonly string[]): Promise<DraftRow[]> {
  const rows = await db.drafts
    .where('form')
    .anyOf(typeof forms === 'string' ? [forms] : [...forms])
    .toArray();
  return rows.sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * Tells `onIds` which records of `form` have a kept draft, now and after every change of the drafts
 * (one query for a whole card wall, instead of one per card). Returns the unsubscribe.
 */
export function watchDraftRecordIds(form: string, onIds: (ids: string[]) => void): () => void {
  const subscription = liveQuery(async () => (await db.drafts.where('form').equals(form).toArray()).map((r) => r.recordId)).subscribe({
    next: onIds,
    error: (err: unknown) => console.error('Could not read the drafts', err),
  });
  return () => subscription.unsubscribe();
}

/** Deletes drafts untouched for DRAFT_MAX_AGE_MS; returns how many went. */
export async function expireDrafts(now: number = Date.now()): Promise<number> {
  return db.transaction('rw', ['drafts', 'draftFiles'], async () => {
    const old = (await db.drafts.toArray()).filter((r) => isExpired(r, now)).map((r) => r.id);
    await db.drafts.bulkDelete(old);
    await db.draftFiles.bulkDelete(old);
    // Files whose draft row is gone (a crash between two versions of the app) go as well.
    const live = new Set(await db.drafts.toCollection().primaryKeys());
    const orphans = (await db.draftFiles.toCollection().primaryKeys()).filter((id) => !live.has(id));
    await db.draftFiles.bulkDelete(orphans);
    return old.length;
  });
}

export interface DraftSpace {
  count: number;
  /** Approximate: the fields as JSON plus the sizes of the files. */
  bytes: number;
}

/** What "Acerca de" shows: how many drafts the device keeps and about how much space they use. */
export async function draftSpace(): Promise<DraftSpace> {
  const [rows, files] = await db.transaction('r', ['drafts', 'draftFiles'], () =>
    Promise.all([db.drafts.toArray(), db.draftFiles.toArray()]),
  );
  let bytes = 0;
  for (const row of rows) bytes += JSON.stringify(row.value ?? null).length;
  for (const f of files) {
    for (const file of f.files) bytes += blobBytes(file);
  }
  return { count: rows.length, bytes };
}

function blobBytes(file: unknown): number {
  if (!file || typeof file !== 'object') return 0;
  let n = 0;
  for (const v of Object.values(file)) if (v instanceof Blob) n += v.size;
  return n;
}
