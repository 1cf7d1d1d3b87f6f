// Issue 16, items 5 and 6: sessions are versioned and annulled like every entry, record who
// attended, warn about a repeated number, and old backups (no version, no attendance) still restore.
import { beforeEach, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { annulRecord, listHistory } from '../../src/db/records';
import { createSession, getSession, listSessions, updateSession } from '../../src/db/sessions';
import { WriteError } from '../../src/db/writes';
import { sameNumberSessions, validateSession, type SessionDraft } from '../../src/domain/session';
import { BACKUP_TABLES } from '../../src/backup/tables';
import { historySchema } from '../../src/backup/recordSchemas';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const draft = (over: Partial<SessionDraft> = {}): SessionDraft => ({
  kind: 'ordinaria',
  number: 3,
  date: '2018-11-30',
  ciclo: '2018-2019',
  modality: 'escuela',
  normas: [],
  notes: '',
  ...over,
});

it('an edit keeps the replaced version; annulment needs a reason, keeps the session and blocks edits', async () => {
  const s = await createSession(draft({ notes: 'primera' }), { now: 1000 });
  expect(s.version).toBe(1);
  await updateSession(s.id, draft({ notes: 'corregida' }), 2000);
  await expect(annulRecord('session', s.id, 'no')).rejects.toBeInstanceOf(WriteError);
  await annulRecord('session', s.id, 'Se registró dos veces', 3000);
  const stored = await getSession(s.id);
  expect(stored?.annulled).toEqual({ reason: 'Se registró dos veces', at: 3000 });
  expect((await listSessions()).map((x) => x.id)).toEqual([s.id]);
  await expect(updateSession(s.id, draft())).rejects.toThrow(/anulado/);
  const history = await listHistory('session', s.id);
  expect(history.map((h) => [h.version, h.action])).toEqual([
    [3, 'annul'],
    [2, 'edit'],
    [1, 'create'],
  ]);
  expect((history[2]!.snapshot as { notes: string }).notes).toBe('primera');
  // The history of a session travels in a backup and passes its schema.
  for (const h of await db.history.toArray()) expect(historySchema.safeParse(h).success).toBe(true);
});

it('attendance: teachers and guests are kept; a guest without a name is an error; blank rows go', async () => {
  const attendance = [
    { id: 't1', name: ' María López ', role: '3° A', guest: false },
    { id: 'g1', name: 'Lic. Ana Torres', role: 'USAER', guest: true },
  ];
  expect(validateSession(draft({ attendance: [...attendance, { id: 'g2', name: ' ', role: 'ATP', guest: true }] })).attendance).toBe(
    'guestName',
  );
  const s = await createSession(draft({ attendance }));
  expect((await getSession(s.id))?.attendance).toEqual([
    { id: 't1', name: 'María López', role: '3° A', guest: false },
    { id: 'g1', name: 'Lic. Ana Torres', role: 'USAER', guest: true },
  ]);
});

it('a second session with the same kind, number and ciclo is found (not itself, not annulled ones)', async () => {
  const a = await createSession(draft());
  const all = await listSessions();
  expect(sameNumberSessions(draft({ date: '2018-12-07' }), all).map((s) => s.id)).toEqual([a.id]);
  expect(sameNumberSessions(draft(), all, a.id)).toEqual([]);
  expect(sameNumberSessions(draft({ ciclo: '2019-2020' }), all)).toEqual([]);
  expect(sameNumberSessions(draft({ kind: 'intensiva' }), all)).toEqual([]);
  await annulRecord('session', a.id, 'Fecha equivocada');
  expect(sameNumberSessions(draft(), await listSessions())).toEqual([]);
});

it('a session row from an older backup (no version, no attendance) is read as version 1 with nobody listed', () => {
  const spec = BACKUP_TABLES.sessions!;
  const old = {
    id: 'S1',
    kind: 'ordinaria',
    number: 1,
    date: '2018-09-28',
    ciclo: '2018-2019',
    modality: 'escuela',
    normas: [],
    notes: '',
    createdAt: 1,
    updatedAt: 1,
  };
  const parsed = spec.schema.safeParse(old);
  expect(parsed.success).toBe(true);
  expect(spec.normalize!(parsed.data as Record<string, unknown>)).toMatchObject({ version: 1, attendance: [] });
  expect(spec.schema.safeParse({ ...old, attendance: [{ id: 'g', name: 5, role: '', guest: true }] }).success).toBe(false);
  expect(spec.schema.safeParse({ ...old, attendance: 'todos' }).success).toBe(false);
});
