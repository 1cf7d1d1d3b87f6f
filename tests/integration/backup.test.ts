// Issue 7: backup and restore. Runs on fake-indexeddb; photos (Blobs) are covered in Chromium.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { SCHEMA_VERSIONS } from '../../src/db/schema';
import { saveSchool } from '../../src/db/schools';
import { createSession, updateSession } from '../../src/db/sessions';
import { createBackup } from '../../src/backup/exportBackup';
import { readBackup } from '../../src/backup/readBackup';
import { previewRestore, restoreBackup } from '../../src/backup/restoreBackup';
import { BACKUP_TABLES } from '../../src/backup/tables';
import { backupText } from '../../src/i18n/backup';
import { sha256 } from '../../src/backup/checksum';
import { backupReminder, REMIND_AFTER_DAYS, REMIND_AFTER_ENTRIES, REMIND_FIRST_AFTER } from '../../src/backup/reminder';

const DAY = 86_400_000;

async function seed() {
  await saveSchool(
    {
      name: 'Escuela <b>Juárez</b>',
      cct: '14DPR0123X',
      nivel: 'primaria',
      zonaEscolar: '087',
      director: 'Rosa',
      responsable: 'Ángel',
      teachers: [{ id: 't1', name: 'María', assignment: '3° A' }],
    },
    1,
  );
  for (let i = 1; i <= 8; i++) {
    await createSession(
      {
        kind: 'ordinaria',
        number: i,
        date: `2019-0${Math.min(i, 7)}-1${i}`,
        ciclo: '2018-2019',
        modality: 'escuela',
        normas: [`Norma ${i} <script>x</script>`],
        notes: '',
      },
      { now: 10 + i },
    );
  }
}

async function dump() {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.orderBy(':id').toArray();
  return out;
}

async function backupText_(): Promise<string> {
  const { file } = await createBackup();
  return file.text();
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

it('covers every table of the current schema', () => {
  const current = new Set<string>();
  for (const v of SCHEMA_VERSIONS) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) current.delete(name);
      else current.add(name);
    }
  }
  expect(Object.keys(BACKUP_TABLES).sort()).toEqual([...current].sort());
});

it('export -> wipe -> restore gives identical data', async () => {
  await seed();
  const before = await dump();
  const file = new Blob([await backupText_()]);
  await db.delete();
  await db.open();
  const read = await readBackup(file);
  if (!read.ok) throw new Error(read.message);
  const preview = await previewRestore(read.backup);
  expect(preview.find((p) => p.table === 'sessions')).toMatchObject({ added: 8, changed: 0, same: 0 });
  expect(await restoreBackup(read.backup)).toEqual({ added: 9, changed: 0 });
  expect(await dump()).toEqual(before);
  // Restoring the same file again changes nothing and duplicates nothing.
  expect(await restoreBackup(read.backup)).toEqual({ added: 0, changed: 0 });
  expect(await dump()).toEqual(before);
});

it('merges by id: the newer version of a row wins, whichever side it is on', async () => {
  await seed();
  const [s1, s2] = (await db.sessions.toArray()).sort((a, b) => a.number - b.number);
  const file = new Blob([await backupText_()]);
  await updateSession(s1!.id, { ...s1!, notes: 'local, más nuevo' }, 10_000); // local newer
  await db.sessions.update(s2!.id, { notes: 'local, más viejo', updatedAt: 0 }); // local older than the file
  const read = await readBackup(file);
  if (!read.ok) throw new Error(read.message);
  expect((await previewRestore(read.backup)).find((p) => p.table === 'sessions')).toEqual(
    expect.objectContaining({ added: 0, changed: 2, same: 6 }),
  );
  await restoreBackup(read.backup);
  expect((await db.sessions.get(s1!.id))?.notes).toBe('local, más nuevo');
  expect((await db.sessions.get(s2!.id))?.notes).toBe('');
});

describe('malformed files change nothing and get a clear Spanish message', () => {
  const messages = new Set<string>(
    Object.values(backupText.errors)
      .map((m) => (typeof m === 'function' ? '' : m))
      .filter(Boolean),
  );
  const isClear = (m: string) => messages.has(m) || /^(El registro|Falta|El respaldo contiene)/.test(m);

  async function mutated(mutate: (backup: Record<string, unknown>) => void, fixChecksum = true): Promise<string> {
    const parsed = JSON.parse(await backupText_()) as Record<string, unknown>;
    mutate(parsed);
    if (fixChecksum) parsed.checksum = await sha256(JSON.stringify(parsed.content));
    return JSON.stringify(parsed);
  }

  it('refuses at least 200 damaged files', async () => {
    await seed();
    const valid = await backupText_();
    const cases: [string, string][] = [];
    // Truncated anywhere: a copy cut short.
    for (let i = 0; i < 80; i++) cases.push([`truncado ${i}`, valid.slice(0, Math.floor((valid.length * i) / 80))]);
    // Flipped bytes inside the content: caught by the checksum.
    for (let i = 0; i < 40; i++) {
      const at = valid.indexOf('"content"') + 20 + i * 37;
      const ch = valid[at] === 'a' ? 'b' : 'a';
      cases.push([`byte ${at}`, valid.slice(0, at) + ch + valid.slice(at + 1)]);
    }
    const rowMutations: [string, (b: Record<string, unknown>) => void][] = [
      ['sin formato', (b) => delete b.format],
      ['otro formato', (b) => (b.format = 'otra-app')],
      ['versión futura', (b) => (b.formatVersion = 99)],
      ['esquema futuro', (b) => (b.schemaVersion = 999)],
      ['versión texto', (b) => (b.formatVersion = '1')],
      ['contenido nulo', (b) => (b.content = null)],
      ['tablas lista', (b) => ((b.content as Record<string, unknown>).tables = [])],
      ['tabla desconocida', (b) => ((b.content as Record<string, Record<string, unknown>>).tables!.hackers = [{ id: 'x' }])],
      ['blobs malos', (b) => ((b.content as Record<string, unknown>).blobs = { x: { type: 'image/png', data: '%%%' } })],
      ['blob faltante', (b) => (b.content as { tables: Record<string, unknown[]> }).tables.sessions!.push({ $blob: 'nope' })],
      ['reunión dañada', (b) => ((b.content as Record<string, unknown>).meetings = { m1: 'AAAA' })],
      ['reunión no base64', (b) => ((b.content as Record<string, unknown>).meetings = { m1: '***' })],
    ];
    const sessionFields: [string, unknown][] = [
      ['id', 5],
      ['id', ''],
      ['id', null],
      ['kind', 'extra'],
      ['number', 0],
      ['number', 9],
      ['number', 1.5],
      ['number', '3'],
      ['number', 1e308],
      ['date', '30/11/2018'],
      ['date', 20181130],
      ['ciclo', '2018'],
      ['modality', 'virtual'],
      ['normas', 'no es lista'],
      ['normas', [1, 2]],
      ['normas', Array(500).fill('x')],
      ['notes', 'x'.repeat(20_001)],
      ['notes', { html: '<b>' }],
      ['createdAt', -1],
      ['createdAt', 'ayer'],
      ['updatedAt', null],
    ];
    for (const [field, value] of sessionFields) {
      for (const row of [0, 3, 7]) {
        rowMutations.push([
          `sesión ${row} ${field}=${String(value).slice(0, 12)}`,
          (b) => {
            (b.content as { tables: Record<string, Record<string, unknown>[]> }).tables.sessions![row]![field] = value;
          },
        ]);
      }
    }
    const schoolFields: [string, unknown][] = [
      ['cct', 'x'.repeat(50)],
      ['nivel', 'universidad'],
      ['teachers', 'María'],
      ['teachers', [{ id: 't', name: 5 }]],
      ['name', ['a']],
    ];
    for (const [field, value] of schoolFields) {
      rowMutations.push([
        `escuela ${field}`,
        (b) => {
          (b.content as { tables: Record<string, Record<string, unknown>[]> }).tables.schools![0]![field] = value;
        },
      ]);
    }
    rowMutations.push([
      'sesión repetida',
      (b) => {
        const rows = (b.content as { tables: Record<string, unknown[]> }).tables.sessions!;
        rows.push(rows[0]);
      },
    ]);
    for (const [name, m] of rowMutations) cases.push([name, await mutated(m)]);
    cases.push([
      'suma de verificación falsa',
      await mutated((b) => ((b.content as { tables: Record<string, unknown[]> }).tables.sessions = []), false),
    ]);
    // Deep nesting: a hostile file built to exhaust the parser or the validator.
    cases.push(['anidado profundo', `${'['.repeat(200_000)}${']'.repeat(200_000)}`]);
    cases.push([
      'anidado en contenido',
      await mutated((b) => {
        let deep: unknown = 1;
        for (let i = 0; i < 2000; i++) deep = [deep];
        (b.content as { tables: Record<string, unknown[]> }).tables.sessions!.push(deep);
      }),
    ]);
    cases.push(
      ['vacío', ''],
      ['texto', 'hola'],
      ['número', '42'],
      ['null', 'null'],
      ['lista', '[]'],
      ['html', '<html><script>alert(1)</script></html>'],
    );

    expect(cases.length).toBeGreaterThanOrEqual(200);
    const before = await dump();
    for (const [name, text] of cases) {
      const read = await readBackup(new Blob([text]));
      expect(read.ok, name).toBe(false);
      if (!read.ok) expect(isClear(read.message), `${name}: ${read.message}`).toBe(true);
    }
    expect(await dump()).toEqual(before);
  }, 60_000);

  it('a file over the size limit is refused before it is read', async () => {
    const huge = { size: 400 * 1024 * 1024, text: () => Promise.reject(new Error('should not read')) } as unknown as Blob;
    expect(await readBackup(huge)).toEqual({ ok: false, message: backupText.errors.tooLarge });
  });

  it('HTML and script in text fields are kept as plain text', async () => {
    await seed();
    const read = await readBackup(new Blob([await backupText_()]));
    if (!read.ok) throw new Error(read.message);
    expect((read.backup.tables.schools![0] as { name: string }).name).toBe('Escuela <b>Juárez</b>');
  });
});

describe('reminder', () => {
  it('suggests a first backup once there is something to lose', () => {
    expect(backupReminder(0, REMIND_FIRST_AFTER - 1, undefined)).toEqual({ show: false });
    expect(backupReminder(0, REMIND_FIRST_AFTER, undefined)).toMatchObject({ show: true, first: true });
  });
  it('after enough new entries or days', () => {
    const last = { at: 0, rowCount: 10 };
    expect(backupReminder(DAY, 10 + REMIND_AFTER_ENTRIES - 1, last)).toEqual({ show: false });
    expect(backupReminder(DAY, 10 + REMIND_AFTER_ENTRIES, last)).toMatchObject({ show: true, entries: REMIND_AFTER_ENTRIES });
    expect(backupReminder(REMIND_AFTER_DAYS * DAY, 11, last)).toMatchObject({ show: true, days: REMIND_AFTER_DAYS, entries: 1 });
    expect(backupReminder(100 * DAY, 10, last)).toEqual({ show: false }); // nothing new, nothing to lose
  });
});

describe('bitácora entries', () => {
  const practice = (title: string) => ({
    sessionId: 's1',
    title,
    description: 'Lectura en voz alta',
    teacherId: 't1',
    teacherName: 'María',
    gradeGroup: '3° A',
    difficulty: 'Comprensión lectora',
    materials: 'Libros',
    reasons: ['a', 'b', 'c'] as [string, string, string],
    unsolved: '',
    attribution: '',
    assessment: 'favorece' as const,
    shareNext: true,
  });

  it('round-trip keeps every entry and its whole history', async () => {
    const { createPractice, updatePractice } = await import('../../src/db/practices');
    const { createCommitment, addFollowUp } = await import('../../src/db/commitments');
    const p = await createPractice(practice('Círculo de lectura'), { now: 1 });
    await updatePractice(p.id, practice('Círculo de lectura semanal'), 2);
    const c = await createCommitment(
      {
        sessionId: 's1',
        statement: 'Leer 20 min diarios',
        responsibleKind: 'escuela',
        responsibleTeacherId: '',
        responsibleName: '',
        dueDate: '2019-01-25',
        mechanism: 'Registro',
        instrument: 'Lista',
      },
      { now: 3 },
    );
    await addFollowUp(c.id, { date: '2019-01-10', note: 'Vamos bien', status: 'enProceso' }, 4);
    const before = await dump();
    const file = new Blob([await backupText_()]);
    await db.delete();
    await db.open();
    const read = await readBackup(file);
    if (!read.ok) throw new Error(read.message);
    await restoreBackup(read.backup);
    expect(await dump()).toEqual(before);
    expect((await db.history.where('recordId').equals(p.id).toArray()).map((h) => h.version)).toEqual([1]);
    expect((await db.practices.get(p.id))?.version).toBe(2);
  });

  it('when both sides edited an entry, both versions are kept and the newer is current', async () => {
    const { createPractice, updatePractice } = await import('../../src/db/practices');
    const p = await createPractice(practice('Original'), { now: 1 });
    await updatePractice(p.id, practice('Editada en el teléfono viejo'), 5);
    const file = new Blob([await backupText_()]);
    await updatePractice(p.id, practice('Editada aquí, más tarde'), 9);
    const read = await readBackup(file);
    if (!read.ok) throw new Error(read.message);
    expect((await previewRestore(read.backup)).find((x) => x.table === 'practices')).toMatchObject({ changed: 1 });
    await restoreBackup(read.backup);
    const current = await db.practices.get(p.id);
    expect(current?.title).toBe('Editada aquí, más tarde');
    const titles = (await db.history.where('recordId').equals(p.id).toArray())
      .sort((a, b) => a.version - b.version)
      .map((h) => `${h.version}:${(h.snapshot as { title: string }).title}`);
    // History keeps superseded versions; the version that lost the merge is one of them.
    expect(titles).toEqual(['1:Original', '2:Editada en el teléfono viejo', '4:Editada en el teléfono viejo']);
    expect((await db.history.get([p.id, 4]))?.action).toBe('merge');
    expect(current?.version).toBe(5);
    // Later edits continue the numbering without overwriting a kept version.
    await updatePractice(p.id, practice('Otra vez'), 12);
    expect(await db.history.where('recordId').equals(p.id).count()).toBe(4);
    expect((await db.practices.get(p.id))?.version).toBe(6);
  });

  it('search words in a file are not trusted: they are derived again', async () => {
    const { createPractice } = await import('../../src/db/practices');
    await createPractice(practice('Fracciones con material concreto'), { now: 1 });
    const parsed = JSON.parse(await backupText_());
    parsed.content.tables.practices[0].words = ['contrasena', 'secreto'];
    parsed.checksum = await sha256(JSON.stringify(parsed.content));
    await db.delete();
    await db.open();
    const read = await readBackup(new Blob([JSON.stringify(parsed)]));
    if (!read.ok) throw new Error(read.message);
    await restoreBackup(read.backup);
    const row = (await db.practices.toArray())[0] as unknown as { words: string[] };
    expect(row.words).toContain('fracciones');
    expect(row.words).not.toContain('secreto');
  });
});

describe('meetings', () => {
  it('travel in the backup as Yjs updates and merge back into the meeting document', async () => {
    const { createMeeting } = await import('../../src/features/meetings/actions');
    const { openMeetingDoc, dbNameFor } = await import('../../src/meeting/persistence');
    const { addCard } = await import('../../src/meeting/model');
    const { readMeeting } = await import('../../src/meeting/snapshot');
    const school = { name: 'Escuela Juárez', cct: '14DPR0123X' };
    const meta = await createMeeting({ name: 'Encuentro de zona', date: '2018-11-30', place: 'Salón 1' }, school, 1);
    const open = await openMeetingDoc(meta.id);
    await open.whenSynced;
    addCard(open.doc, { kind: 'idea', text: 'Escuchar sin interrumpir' }, { author: 'María', school }, 2);
    await open.destroy();

    const file = new Blob([await backupText_()]);
    await db.delete();
    await db.open();
    await new Promise<void>((ok) => {
      const r = indexedDB.deleteDatabase(dbNameFor(meta.id));
      r.onsuccess = () => ok();
    });
    const read = await readBackup(file);
    if (!read.ok) throw new Error(read.message);
    expect(Object.keys(read.backup.meetings)).toEqual([meta.id]);
    await restoreBackup(read.backup);
    expect((await db.meetings.get(meta.id))?.name).toBe('Encuentro de zona');
    const again = await openMeetingDoc(meta.id);
    await again.whenSynced;
    expect(readMeeting(again.doc).byKind.idea.map((c) => c.text)).toContain('Escuchar sin interrumpir');
    await again.destroy();
  });

  it('a meeting update for another meeting id is refused', async () => {
    const { createMeeting } = await import('../../src/features/meetings/actions');
    await createMeeting({ name: 'Encuentro', date: '2018-11-30', place: '' }, { name: 'E', cct: '14DPR0123X' }, 1);
    const parsed = JSON.parse(await backupText_());
    const id = Object.keys(parsed.content.meetings)[0]!;
    parsed.content.meetings = { 'otro-id': parsed.content.meetings[id] };
    parsed.checksum = await sha256(JSON.stringify(parsed.content));
    const read = await readBackup(new Blob([JSON.stringify(parsed)]));
    expect(read).toEqual({ ok: false, message: backupText.errors.badMeeting });
  });
});
