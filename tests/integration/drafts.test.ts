// Issue 14: the draft store on fake-indexeddb: keys per form and record, the version a draft of an
// edit belongs to, saving that clears the draft in the record's own transaction (or keeps both),
// expiry of abandoned drafts, the space "Acerca de" shows, and drafts kept out of backups.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { deleteDraft, draftSpace, expireDrafts, listDrafts, putDraft, readDraft, saveWithDraft } from '../../src/db/drafts';
import { createPractice, getPractice, listPractices, updatePractice } from '../../src/db/practices';
import { WriteError } from '../../src/db/writes';
import { createBackup } from '../../src/backup/exportBackup';
import { readBackup } from '../../src/backup/readBackup';
import { DRAFT_MAX_AGE_MS, NEW_RECORD, draftId, draftLabel, isStale, recordDraftKey, type DraftRow } from '../../src/domain/draft';
import { emptyPractice, type PracticeDraft } from '../../src/domain/practice';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  vi.useRealTimers();
});

function practice(over: Partial<PracticeDraft> = {}): PracticeDraft {
  return {
    ...emptyPractice('s1'),
    title: 'Lectura en voz alta',
    description: 'Lectura diaria',
    teacherId: 't1',
    teacherName: 'María',
    difficulty: 'Comprensión',
    reasons: ['a', 'b', 'c'],
    ...over,
  };
}

function row(form: string, recordId: string, over: Partial<DraftRow> = {}): DraftRow {
  return {
    id: draftId({ form, recordId }),
    form,
    recordId,
    baseVersion: 0,
    path: '/practicas/nueva',
    label: 'x',
    value: { title: 'Mi borrador' },
    startedAt: 1,
    savedAt: Date.now(),
    ...over,
  };
}

it('keys drafts by form and record: a new record and each edited record have their own', async () => {
  expect(recordDraftKey('practice', null)).toEqual({ form: 'practice', recordId: NEW_RECORD, version: 0 });
  expect(recordDraftKey('practice', { id: 'p1', version: 3 })).toEqual({ form: 'practice', recordId: 'p1', version: 3 });
  await putDraft(row('practice', NEW_RECORD));
  await putDraft(row('practice', 'p1', { value: { title: 'edición' }, baseVersion: 3 }));
  await putDraft(row('problem', NEW_RECORD, { value: { content: 'otra' } }));
  expect((await readDraft({ form: 'practice', recordId: NEW_RECORD }))?.row.value).toEqual({ title: 'Mi borrador' });
  expect((await readDraft({ form: 'practice', recordId: 'p1' }))?.row.baseVersion).toBe(3);
  expect((await listDrafts('practice')).map((d) => d.recordId).sort()).toEqual([NEW_RECORD, 'p1']);
  expect(await listDrafts('problem')).toHaveLength(1);
  await deleteDraft({ form: 'practice', recordId: 'p1' });
  expect(await readDraft({ form: 'practice', recordId: 'p1' })).toBeUndefined();
  expect(await readDraft({ form: 'practice', recordId: NEW_RECORD })).toBeDefined();
});

it('a draft of an edit knows when the record changed after it started', async () => {
  const p = await createPractice(practice());
  const key = recordDraftKey('practice', p);
  await putDraft(row('practice', p.id, { baseVersion: key.version }));
  const stored = (await readDraft(key))!.row;
  expect(isStale(stored, (await getPractice(p.id))!.version)).toBe(false);
  await updatePractice(p.id, practice({ title: 'Editada en otro lado' }));
  expect(isStale(stored, (await getPractice(p.id))!.version)).toBe(true);
});

it('saving clears the draft in the same transaction; a failed save keeps record and draft as they were', async () => {
  const key = recordDraftKey('practice', null);
  await putDraft(row('practice', NEW_RECORD), [{ name: 'foto.jpg', blob: new Blob(['x']) }]);
  const saved = await saveWithDraft(key, () => createPractice(practice()));
  expect(await getPractice(saved.id)).toBeDefined();
  expect(await readDraft(key)).toBeUndefined();
  expect(await db.draftFiles.count()).toBe(0);

  await putDraft(row('practice', saved.id, { baseVersion: 1 }));
  const editKey = recordDraftKey('practice', saved);
  // The record write succeeds, then the transaction fails: neither the new version nor the cleared draft stays.
  await expect(
    saveWithDraft(editKey, async () => {
      await updatePractice(saved.id, practice({ title: 'No debe quedar' }));
      throw new WriteError('unknown', 'falla a propósito');
    }),
  ).rejects.toThrow('falla a propósito');
  expect((await getPractice(saved.id))!.title).toBe('Lectura en voz alta');
  expect((await getPractice(saved.id))!.version).toBe(1);
  expect(await readDraft(editKey)).toBeDefined();
  expect((await listPractices()).total).toBe(1);
});

it('drafts untouched for 30 days expire; newer ones and their photos stay', async () => {
  vi.useFakeTimers({ now: new Date('2026-11-01T12:00:00Z'), toFake: ['Date'] });
  const now = Date.now();
  await putDraft(row('practice', NEW_RECORD, { savedAt: now - DRAFT_MAX_AGE_MS - 1 }), [{ blob: new Blob(['vieja']) }]);
  await putDraft(row('evidence', NEW_RECORD, { savedAt: now - DRAFT_MAX_AGE_MS + 60_000 }), [{ blob: new Blob(['nueva']) }]);
  await db.draftFiles.put({ id: 'huérfano', files: [], savedAt: now });
  expect(await expireDrafts()).toBe(1);
  expect(await readDraft({ form: 'practice', recordId: NEW_RECORD })).toBeUndefined();
  expect((await readDraft({ form: 'evidence', recordId: NEW_RECORD }))?.files).toHaveLength(1);
  expect(await db.draftFiles.count()).toBe(1);
  vi.setSystemTime(now + 60_001);
  expect(await expireDrafts()).toBe(1);
  expect(await db.drafts.count()).toBe(0);
});

it('counts the space drafts use: text and photos', async () => {
  expect(await draftSpace()).toEqual({ count: 0, bytes: 0 });
  await putDraft(row('evidence', NEW_RECORD, { value: { description: 'abc' } }), [
    { name: 'f.jpg', blob: new Blob([new Uint8Array(1000)]), thumb: new Blob([new Uint8Array(100)]) },
  ]);
  const space = await draftSpace();
  expect(space.count).toBe(1);
  expect(space.bytes).toBe(JSON.stringify({ description: 'abc' }).length + 1100);
});

it('drafts stay out of backups, and a file that carries drafts restores none', async () => {
  await createPractice(practice());
  await putDraft(row('practice', NEW_RECORD));
  await db.device.put({ key: 'route', value: { path: '/practicas', at: 1, left: false } });
  const { file } = await createBackup();
  const parsed = JSON.parse(await file.text()) as { content: { tables: Record<string, unknown[]> } };
  expect(Object.keys(parsed.content.tables)).not.toContain('drafts');
  expect(Object.keys(parsed.content.tables)).not.toContain('device');
  expect(parsed.content.tables.practices).toHaveLength(1);

  // A crafted file with drafts in it: accepted for its records, the drafts dropped unread.
  const { sha256 } = await import('../../src/backup/checksum');
  const content = { ...parsed.content, tables: { ...parsed.content.tables, drafts: [row('practice', 'x')] } };
  const text = JSON.stringify(content);
  const head = { ...(JSON.parse(await file.text()) as object), content, checksum: await sha256(text) };
  const read = await readBackup(new Blob([JSON.stringify(head)]));
  if (!read.ok) throw new Error(read.message);
  expect(read.backup.tables.drafts).toBeUndefined();
  expect(read.backup.tables.practices).toHaveLength(1);
});

it('draft labels are one short line', () => {
  expect(draftLabel('', '  Segunda línea\nmás')).toBe('Segunda línea');
  expect(draftLabel('x'.repeat(200))).toHaveLength(80);
  expect(draftLabel('', '')).toBe('');
});

it('a restore that brings another version of the record makes its edit draft stale', async () => {
  const { restoreBackup } = await import('../../src/backup/restoreBackup');
  const { sha256 } = await import('../../src/backup/checksum');
  const p = await createPractice(practice(), { now: 1000 });
  const key = recordDraftKey('practice', p);
  await putDraft(row('practice', p.id, { baseVersion: key.version }));
  // The same práctica as another device edited it later, in a backup file.
  const parsed = JSON.parse(await (await createBackup()).file.text()) as { content: { tables: Record<string, Record<string, unknown>[]> } };
  parsed.content.tables.practices![0] = { ...parsed.content.tables.practices![0], title: 'Editada en otra tableta', updatedAt: 5000 };
  const file = { ...parsed, checksum: await sha256(JSON.stringify(parsed.content)) };
  const read = await readBackup(new Blob([JSON.stringify(file)]));
  if (!read.ok) throw new Error(read.message);
  await restoreBackup(read.backup);
  const now = (await getPractice(p.id))!;
  expect(now.title).toBe('Editada en otra tableta');
  expect(isStale((await readDraft(key))!.row, now.version)).toBe(true);
});
