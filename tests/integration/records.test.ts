// Issue 3: the bitácora's entries on fake-indexeddb: versions, annulment, links, follow-up,
// accent-insensitive search, filters, paging and meeting-origin dedupe.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  addFollowUp,
  createCommitment,
  getCommitment,
  listCommitments,
  listOpenCommitments,
  updateCommitment,
} from '../../src/db/commitments';
import { createEvidence, listEvidenceFiles, listEvidences, listEvidencesForPractice, updateEvidence } from '../../src/db/evidences';
import { findByOrigin } from '../../src/db/origins';
import { bulkCreatePractices, createPractice, getPractice, listPractices, practiceList, updatePractice } from '../../src/db/practices';
import { createProblem, listProblems } from '../../src/db/problems';
import { annulRecord, listHistory } from '../../src/db/records';
import { WriteError } from '../../src/db/writes';
import { emptyCommitment } from '../../src/domain/commitment';
import { emptyPractice, type PracticeDraft } from '../../src/domain/practice';
import { emptyProblem } from '../../src/domain/problem';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

function practice(over: Partial<PracticeDraft> = {}): PracticeDraft {
  return {
    ...emptyPractice('s1'),
    title: 'Práctica de lectura en voz alta',
    description: 'Lectura diaria de 15 minutos',
    teacherId: 't1',
    teacherName: 'María López',
    gradeGroup: '3° A',
    difficulty: 'Comprensión lectora',
    reasons: ['Leen con más fluidez', 'Participan todos', 'Mejoró el examen'],
    ...over,
  };
}

describe('nothing is torn out', () => {
  it('keeps every version of an edited práctica, with its time', async () => {
    const p = await createPractice(practice(), { now: 1000 });
    await updatePractice(p.id, practice({ title: 'Lectura compartida' }), 2000);
    await updatePractice(p.id, practice({ title: 'Lectura compartida por parejas' }), 3000);
    const history = await listHistory('practice', p.id);
    expect(history.map((h) => [h.version, h.action, h.savedAt])).toEqual([
      [3, 'edit', 3000],
      [2, 'edit', 2000],
      [1, 'create', 1000],
    ]);
    expect((history[2]!.snapshot as { title: string }).title).toBe('Práctica de lectura en voz alta');
    expect(history[0]!.snapshot).not.toHaveProperty('words');
    expect((await getPractice(p.id))?.title).toBe('Lectura compartida por parejas');
  });

  it('annuls with a reason: the entry stays, marked, and can no longer be edited', async () => {
    const p = await createPractice(practice(), { now: 1000 });
    await expect(annulRecord('practice', p.id, '  ')).rejects.toBeInstanceOf(WriteError);
    await annulRecord('practice', p.id, 'Se registró dos veces', 5000);
    const stored = await getPractice(p.id);
    expect(stored?.annulled).toEqual({ reason: 'Se registró dos veces', at: 5000 });
    expect(stored?.version).toBe(2);
    expect((await listPractices()).total).toBe(1);
    await expect(updatePractice(p.id, practice({ title: 'x' }))).rejects.toThrow(/anulado/);
    expect((await listHistory('practice', p.id)).map((h) => h.action)).toEqual(['annul', 'create']);
  });
});

describe('evidencias', () => {
  it('link to many prácticas and keep their files apart', async () => {
    const a = await createPractice(practice({ title: 'Uno' }));
    const b = await createPractice(practice({ title: 'Dos' }));
    const blob = new Blob([new Uint8Array(2048)], { type: 'image/jpeg' });
    const e1 = await createEvidence(
      { kind: 'fotografia', description: 'Cartel del equipo', date: '2018-11-30', group: '3° A', practiceIds: [a.id, b.id, a.id] },
      [{ name: 'foto.jpg', type: 'image/jpeg', size: 2048, blob, width: 1600, height: 1200 }],
    );
    await createEvidence({ kind: 'examen', description: 'Examen bimestral', date: '2018-12-01', group: '3° A', practiceIds: [b.id] });
    expect(e1.practiceIds).toEqual([a.id, b.id]);
    expect((await listEvidencesForPractice(a.id)).map((e) => e.description)).toEqual(['Cartel del equipo']);
    expect((await listEvidencesForPractice(b.id)).length).toBe(2);
    expect((await listEvidences({ practiceId: b.id, kind: 'examen' })).rows.map((e) => e.description)).toEqual(['Examen bimestral']);
    expect((await listEvidences({ group: '3a' })).total).toBe(2);
    expect((await listEvidences({ kind: 'fotografia', text: 'cartel' })).total).toBe(1);
    const files = await listEvidenceFiles(e1.id);
    expect(files.map((f) => [f.name, f.size])).toEqual([['foto.jpg', 2048]]);

    // Adding a file on edit keeps the earlier one.
    const pdf = new Blob([new Uint8Array(10)], { type: 'application/pdf' });
    const edited = await updateEvidence(e1.id, { ...e1, practiceIds: [b.id] }, [
      { name: 'lista.pdf', type: 'application/pdf', size: 10, blob: pdf },
    ]);
    expect(edited.fileIds).toHaveLength(2);
    expect((await listEvidencesForPractice(a.id)).length).toBe(0);
  });

  it('refuse non-photo files over 10 MB with a Spanish message and store nothing', async () => {
    const big = { name: 'grande.pdf', type: 'application/pdf', size: 11 * 1024 * 1024, blob: new Blob(['x']) };
    await expect(
      createEvidence({ kind: 'otro', description: 'PDF', date: '2018-11-30', group: '', practiceIds: [] }, [big]),
    ).rejects.toThrow(/más de 10 MB/);
    expect(await db.evidences.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });
});

describe('compromisos', () => {
  const draft = { ...emptyCommitment('s1'), statement: 'Leer 20 minutos diarios', dueDate: '2018-12-14', mechanism: 'Registro de lectura' };

  it('get follow-up entries that change the status; the review lists open ones, overdue first', async () => {
    const late = await createCommitment({ ...draft, statement: 'Atrasado', dueDate: '2018-11-01' }, { now: 1 });
    const soon = await createCommitment({ ...draft, statement: 'Próximo', dueDate: '2018-12-20' }, { now: 2 });
    const done = await createCommitment({ ...draft, statement: 'Listo', dueDate: '2018-10-01' }, { now: 3 });
    await addFollowUp(done.id, { status: 'cumplido', note: 'Se entregó', date: '2018-11-30' }, 10);
    await addFollowUp(soon.id, { status: 'enProceso' }, 11);
    expect((await listOpenCommitments('2018-11-30')).map((c) => c.statement)).toEqual(['Atrasado', 'Próximo']);
    const stored = await getCommitment(done.id);
    expect(stored?.status).toBe('cumplido');
    expect(stored?.followUps).toEqual([
      expect.objectContaining({ note: 'Se entregó', status: 'cumplido', previousStatus: 'pendiente', date: '2018-11-30' }),
    ]);
    expect((await listCommitments({ status: 'cumplido' })).rows.map((c) => c.id)).toEqual([done.id]);
    // An edit keeps the status and the follow-ups.
    const edited = await updateCommitment(done.id, { ...draft, statement: 'Listo (editado)' });
    expect(edited).toMatchObject({ status: 'cumplido', version: 2 });
    expect(edited.followUps).toHaveLength(1);
    await annulRecord('commitment', late.id, 'Ya no aplica');
    expect((await listOpenCommitments('2018-11-30')).map((c) => c.statement)).toEqual(['Próximo']);
    await expect(addFollowUp(late.id, { status: 'cumplido' })).rejects.toThrow(/anulado/);
  });

  it('imported from a meeting card only once (dedupe by origin)', async () => {
    const origin = { kind: 'meeting' as const, meetingId: 'm1', cardId: 'c9' };
    const first = await createCommitment(draft, { origin });
    const again = await createCommitment({ ...draft, statement: 'otra vez' }, { origin });
    expect(again.id).toBe(first.id);
    expect(await db.commitments.count()).toBe(1);
    expect(first.originKey).toBe('meeting:m1:c9');
    expect(await findByOrigin('meeting:m1:c9')).toMatchObject({ kind: 'commitment', record: { id: first.id } });
    const p = await createPractice(practice(), { origin: { kind: 'meeting', meetingId: 'm1', cardId: 'c10' } });
    const p2 = await createPractice(practice(), { origin: { kind: 'meeting', meetingId: 'm1', cardId: 'c10' } });
    expect(p2.id).toBe(p.id);
    expect(await findByOrigin('meeting:m1:c10')).toMatchObject({ kind: 'practice' });
    expect(await findByOrigin('meeting:m1:nada')).toBeUndefined();
  });
});

describe('lists', () => {
  it('search ignores accents and case, and matches word prefixes', async () => {
    await createPractice(practice({ title: 'Práctica de CÁLCULO mental' }));
    await createPractice(practice({ title: 'Juego de fracciones', difficulty: 'Fracciones' }));
    expect((await listPractices({ text: 'practica' })).rows.map((p) => p.title)).toEqual(['Práctica de CÁLCULO mental']);
    expect((await listPractices({ text: 'CALCULO Práct' })).total).toBe(1);
    expect((await listPractices({ text: 'fracción' })).total).toBe(1);
    expect((await listPractices({ text: 'geometría' })).total).toBe(0);
    expect((await listPractices({ text: 'fraccion' })).total).toBe(1);
    await createProblem({ ...emptyProblem('s1'), content: 'Resolución de problemas aditivos', failedActions: 'Ejercicios repetitivos' });
    expect((await listProblems({ text: 'resolucion' })).total).toBe(1);
    await createProblem({ ...emptyProblem('s2'), content: 'Lectura', gradeGroup: '5° B', failedActions: 'x', presentAtMeeting: true });
    expect((await listProblems({ gradeGroup: '5 b' })).rows.map((p) => p.content)).toEqual(['Lectura']);
    expect((await listProblems({ presentAtMeeting: true, sessionId: 's2' })).total).toBe(1);
    expect((await listProblems({ sessionId: 's1' })).total).toBe(1);
  });

  it('filter by session, teacher, grade, assessment and share, and page 50 at a time in order', async () => {
    const drafts: PracticeDraft[] = [];
    for (let i = 0; i < 130; i++) {
      drafts.push(
        practice({
          title: `Práctica ${i}`,
          sessionId: i % 2 ? 's1' : 's2',
          teacherId: i % 3 ? 't1' : 't2',
          gradeGroup: i % 5 ? '3° A' : '5°B',
          assessment: i % 4 ? 'favorece' : 'modificar',
          shareNext: i % 10 === 0,
        }),
      );
    }
    expect(await bulkCreatePractices(drafts, 1000)).toBe(130);
    // A new entry is its own first version: the history table holds only superseded versions.
    expect(await db.history.count()).toBe(0);

    const first = await listPractices({ page: 0 });
    expect(first.total).toBe(130);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]!.title).toBe('Práctica 129');
    const last = await listPractices({ page: 2 });
    expect(last.rows.map((p) => p.title).at(-1)).toBe('Práctica 0');
    expect((await listPractices({ order: 'oldest' })).rows[0]!.title).toBe('Práctica 0');

    const byTeacher = await listPractices({ teacherId: 't2' });
    expect(byTeacher.total).toBe(44);
    const combined = await listPractices({ teacherId: 't2', sessionId: 's2', gradeGroup: '5 b' });
    const expected = drafts
      .filter((_, i) => i % 3 === 0 && i % 2 === 0 && i % 5 === 0)
      .map((d) => d.title)
      .reverse();
    expect(combined.rows.map((p) => p.title)).toEqual(expected);
    expect((await listPractices({ assessment: 'modificar', text: 'práctica' })).total).toBe(33);
    expect((await listPractices({ shareNext: true })).total).toBe(13);
    // Keyset paging (after the last id shown) gives the same pages as skipping, both orders.
    for (const order of ['newest', 'oldest'] as const) {
      for (const q of [{}, { teacherId: 't1' }]) {
        const p0 = await listPractices({ ...q, order, page: 0 });
        const p1 = await listPractices({ ...q, order, page: 1, after: p0.rows.at(-1)!.id });
        const skipped = await listPractices({ ...q, order, page: 1 });
        expect(p1.rows.map((p) => p.title)).toEqual(skipped.rows.map((p) => p.title));
        expect(p1.rows[0]!.title).not.toBe(p0.rows.at(-1)!.title);
        expect(p1.total).toBe(p0.total);
      }
    }
    const byTeacherAll = [...(await listPractices({ teacherId: 't1', pageSize: 200 })).rows].map((p) => p.title);
    expect(byTeacherAll).toEqual(
      drafts
        .map((d) => d.title)
        .filter((_, i) => i % 3 !== 0)
        .reverse(),
    );
    const page2 = await listPractices({ teacherId: 't1', text: 'practica', page: 1 });
    expect(page2.total).toBe(86);
    expect(page2.rows).toHaveLength(36);
    // The list screens read rows first and count after: same rows, same total, in two steps.
    for (const q of [{}, { teacherId: 't2' }, { teacherId: 't1', text: 'practica', page: 1 }]) {
      const whole = await listPractices(q);
      const rows = await practiceList.rows(q);
      expect(rows.rows.map((p) => p.id)).toEqual(whole.rows.map((p) => p.id));
      expect(rows.total === undefined || rows.total === whole.total).toBe(true);
      expect(await practiceList.count(q)).toBe(whole.total);
    }
    // Without search the count is left out of the rows' read; a search has it anyway.
    expect((await practiceList.rows({})).total).toBeUndefined();
    expect((await practiceList.rows({ text: 'practica' })).total).toBe(130);
  });
});

describe('failed writes', () => {
  /** Makes the next IndexedDB put fail as a full disk does. */
  function failNextPut(): () => void {
    const proto = globalThis.IDBObjectStore.prototype;
    const original = proto.put;
    proto.put = function () {
      proto.put = original;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    return () => (proto.put = original);
  }

  it('a full disk during an edit changes nothing: no new version, no half-written history', async () => {
    const p = await createPractice(practice(), { now: 1000 });
    const restore = failNextPut();
    try {
      await expect(updatePractice(p.id, practice({ title: 'Nuevo título' }), 2000)).rejects.toSatisfy(
        (e: unknown) => e instanceof WriteError && e.reason === 'quota' && /sin espacio/.test(e.message),
      );
    } finally {
      restore();
    }
    expect(await getPractice(p.id)).toMatchObject({ title: 'Práctica de lectura en voz alta', version: 1 });
    expect(await db.history.count()).toBe(0);
    expect((await updatePractice(p.id, practice({ title: 'Nuevo título' }), 3000)).version).toBe(2);
  });

  it('a full disk while saving an evidence stores neither the entry nor its files', async () => {
    const restore = failNextPut();
    try {
      await expect(
        createEvidence({ kind: 'producto', description: 'Maqueta', date: '2018-11-30', group: '', practiceIds: [] }, [
          { name: 'f.jpg', type: 'image/jpeg', size: 3, blob: new Blob(['abc']) },
        ]),
      ).rejects.toSatisfy((e: unknown) => e instanceof WriteError && e.reason === 'quota');
    } finally {
      restore();
    }
    expect(await db.evidences.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });
});
