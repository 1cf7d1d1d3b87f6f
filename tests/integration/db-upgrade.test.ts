// The fixture pattern for schema upgrades: build a database exactly as an older version of the app
// left it (BitacoraDB with upToVersion), write rows of that version's shape, close it, then open
// it with the current schema and check the data survived. Add a case for every new version.
import { afterEach, expect, it } from 'vitest';
import Dexie from 'dexie';
import { BitacoraDB } from '../../src/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';

const NAME = 'upgrade-fixture';
afterEach(() => Dexie.delete(NAME));

/** A session row as every older version stored it: an ordinaria of the 2018-2019 cycle. */
function oldSession(row: { id: string; number: number; date: string; modality: string; normas?: string[]; notes: string }) {
  return { kind: 'ordinaria', ciclo: '2018-2019', normas: [], createdAt: 1, updatedAt: 1, ...row };
}

/** A preparation (version 3 on) with its first step done and nothing else written. */
function preparationRow(id: string) {
  return {
    id,
    done: { individual: true, grupos: false, plenaria: false, compartir: false },
    groups: [],
    plenaria: { effectivePractices: '', materials: '', hardContents: '', supportRequested: '' },
    share: { practiceIds: [], problemIds: [], evidenceIds: [], supportHoped: '' },
    createdAt: 1,
    updatedAt: 1,
  };
}

it('versions are declared in increasing order', () => {
  const versions = SCHEMA_VERSIONS.map((v) => v.version);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
  expect(new Set(versions).size).toBe(versions.length);
});

it('a version-1 database opens in the current schema with its data intact', async () => {
  const old = new BitacoraDB(NAME, 1);
  await old.open();
  expect(old.verno).toBe(1);
  await old.schools.put({
    id: 's1',
    name: 'Escuela',
    cct: '14DPR0123X',
    nivel: 'primaria',
    zonaEscolar: '',
    director: '',
    responsable: '',
    teachers: [{ id: 't1', name: 'María', assignment: '3° A' }],
    createdAt: 1,
    updatedAt: 1,
  });
  await old
    .table('sessions')
    .put(oldSession({ id: 'x1', number: 3, date: '2018-11-30', modality: 'entreEscuelas', normas: ['Respeto'], notes: '' }));
  old.close();

  const current = new BitacoraDB(NAME);
  await current.open();
  expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect((await current.schools.get('s1'))?.teachers[0]?.name).toBe('María');
  expect((await current.sessions.where('ciclo').equals('2018-2019').first())?.normas).toEqual(['Respeto']);
  current.close();
});

it('a version-1 database upgrades to version 2: old rows intact, the bitácora tables ready and indexed', async () => {
  const old = new BitacoraDB(NAME, 1);
  await old.open();
  await old.table('sessions').put(oldSession({ id: 'x1', number: 2, date: '2018-10-26', modality: 'escuela', notes: 'nota' }));
  await old.settings.put({ key: 'offlineReadyShown', value: true });
  old.close();

  const v2 = new BitacoraDB(NAME, 2);
  await v2.open();
  expect(v2.verno).toBe(2);
  expect((await v2.sessions.get('x1'))?.notes).toBe('nota');
  expect((await v2.settings.get('offlineReadyShown'))?.value).toBe(true);
  for (const table of ['practices', 'evidences', 'evidenceFiles', 'problems', 'commitments', 'history']) {
    expect(await v2.table(table).count()).toBe(0);
  }
  // The new indexes exist and answer queries.
  expect(await v2.practices.where('words').startsWith('prac').count()).toBe(0);
  expect(await v2.practices.where('[teacherId+id]').between(['t1', ''], ['t1', '\uffff']).count()).toBe(0);
  expect(await v2.commitments.where('[status+dueDate]').between(['pendiente', ''], ['pendiente', '\uffff']).count()).toBe(0);
  v2.close();
});

it('issue 4: a database from before version 3 gains the meetings table with its data intact', async () => {
  // Built at the version just before 3 (whatever 2 holds once merged), so this stays valid.
  const old = new BitacoraDB(NAME, 2);
  await old.open();
  await old
    .table('sessions')
    .put(oldSession({ id: 'x2', number: 3, date: '2018-11-30', modality: 'entreEscuelas', notes: 'antes de encuentros' }));
  expect(old.tables.map((t) => t.name)).not.toContain('meetings');
  old.close();

  const current = new BitacoraDB(NAME);
  await current.open();
  expect((await current.sessions.get('x2'))?.notes).toBe('antes de encuentros');
  await current.meetings.put({ id: 'm1', name: 'Encuentro', date: '2018-11-30', place: '', createdAt: 1, updatedAt: 1 });
  expect((await current.meetings.where('date').equals('2018-11-30').first())?.id).toBe('m1');
  current.close();
});

it('a version-3 database (records and meetings) gains the preparations table with everything intact', async () => {
  const old = new BitacoraDB(NAME, 3);
  await old.open();
  expect(old.verno).toBe(3);
  await old.table('sessions').put(oldSession({ id: 's2', number: 2, date: '2018-11-09', modality: 'escuela', notes: 'segunda' }));
  await old.meetings.put({ id: 'm1', name: 'Encuentro', date: '2018-11-30', place: '', createdAt: 1, updatedAt: 1 });
  await old.table('commitments').put({
    id: 'c1',
    sessionId: 's2',
    statement: 'Leer',
    words: ['leer'],
    status: 'pendiente',
    followUps: [],
    version: 1,
    createdAt: 1,
    updatedAt: 1,
  });
  expect(old.tables.map((t) => t.name)).not.toContain('preparations');
  old.close();

  const current = new BitacoraDB(NAME);
  await current.open();
  expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect((await current.sessions.get('s2'))?.notes).toBe('segunda');
  expect((await current.meetings.get('m1'))?.name).toBe('Encuentro');
  expect((await current.table('commitments').get('c1'))?.statement).toBe('Leer');
  await current.preparations.put(preparationRow('s2'));
  expect((await current.preparations.get('s2'))?.done.individual).toBe(true);
  current.close();
});

it('issue 14: a version-4 database gains the drafts, draftFiles and device tables with everything intact', async () => {
  const old = new BitacoraDB(NAME, 4);
  await old.open();
  expect(old.verno).toBe(4);
  await old.table('sessions').put(oldSession({ id: 's3', number: 4, date: '2019-01-25', modality: 'escuela', notes: 'cuarta' }));
  await old
    .table('practices')
    .put({ id: 'p1', sessionId: 's3', title: 'Lectura', words: ['lectura'], version: 2, createdAt: 1, updatedAt: 2 });
  await old.preparations.put(preparationRow('s3'));
  await old.settings.put({ key: 'offlineReadyShown', value: true });
  for (const t of ['drafts', 'draftFiles', 'device']) expect(old.tables.map((x) => x.name)).not.toContain(t);
  old.close();

  const current = new BitacoraDB(NAME);
  await current.open();
  expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect((await current.sessions.get('s3'))?.notes).toBe('cuarta');
  expect((await current.table('practices').get('p1'))?.version).toBe(2);
  expect((await current.preparations.get('s3'))?.done.individual).toBe(true);
  expect((await current.settings.get('offlineReadyShown'))?.value).toBe(true);
  await current.drafts.put({
    id: 'practice:p1',
    form: 'practice',
    recordId: 'p1',
    baseVersion: 2,
    path: '/practicas/p1/editar',
    label: 'Lectura',
    value: { title: 'Lectura 2' },
    startedAt: 1,
    savedAt: 5,
  });
  await current.draftFiles.put({ id: 'practice:p1', files: [{ blob: new Blob(['x']) }], savedAt: 5 });
  await current.device.put({ key: 'route', value: { path: '/practicas', at: 5, left: false } });
  expect((await current.drafts.where('form').equals('practice').first())?.baseVersion).toBe(2);
  expect(await current.drafts.where('savedAt').below(10).count()).toBe(1);
  expect(await current.draftFiles.count()).toBe(1);
  expect((await current.device.get('route'))?.value).toMatchObject({ path: '/practicas' });
  current.close();
});

it('issue 16: a database from before version 6 gives its sessions a version and an empty attendance, data intact', async () => {
  const old = new BitacoraDB(NAME, 4);
  await old.open();
  expect(old.verno).toBe(4);
  await old
    .table('sessions')
    .put(oldSession({ id: 's3', number: 3, date: '2018-11-30', modality: 'entreEscuelas', normas: ['Respeto'], notes: 'tercera' }));
  await old.preparations.put(preparationRow('s3'));
  old.close();

  const current = new BitacoraDB(NAME);
  await current.open();
  expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
  const raw = await current.sessions.get('s3');
  expect(raw).toMatchObject({ notes: 'tercera', normas: ['Respeto'], version: 1, attendance: [] });
  expect(raw?.annulled).toBeUndefined();
  expect((await current.sessions.where('[kind+number]').equals(['ordinaria', 3]).first())?.id).toBe('s3');
  expect((await current.preparations.get('s3'))?.done.individual).toBe(true);
  current.close();
});

it('issue 19: a version-6 database gains the private meetingNotes table, indexed by meeting, data intact', async () => {
  const old = new BitacoraDB(NAME, 6);
  await old.open();
  expect(old.verno).toBe(6);
  await old.meetings.put({ id: 'm1', name: 'Tercera sesión', date: '2018-11-30', place: '', createdAt: 1, updatedAt: 1 });
  old.close();

  const current = new BitacoraDB(NAME);
  await current.open();
  expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
  expect((await current.meetings.get('m1'))?.name).toBe('Tercera sesión');
  await current.meetingNotes.put({
    id: 'm1|general',
    meetingId: 'm1',
    subject: 'general',
    fields: { problem: 'Fracciones', relevant: '', doubts: '', compare: '' },
    createdAt: 2,
    updatedAt: 2,
  });
  expect((await current.meetingNotes.where('meetingId').equals('m1').toArray()).map((n) => n.id)).toEqual(['m1|general']);
  current.close();
});
