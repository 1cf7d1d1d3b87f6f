import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { getSchool, saveSchool } from '../../src/db/schools';
import { createSession, listSessions, updateSession } from '../../src/db/sessions';
import { toWriteError, write, WriteError } from '../../src/db/writes';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const draft = {
  name: '  Escuela Primaria Benito Juárez ',
  cct: '14dpr0123x',
  nivel: 'primaria' as const,
  zonaEscolar: '087',
  director: 'Rosa',
  responsable: 'Ángel',
  teachers: [
    { id: '', name: 'María', assignment: '3° A' },
    { id: '', name: '  ', assignment: '' },
  ],
};

describe('school profile', () => {
  it('is created once and then updated in place', async () => {
    expect(await getSchool()).toBeUndefined();
    const first = await saveSchool(draft, 1000);
    expect(first).toMatchObject({ name: 'Escuela Primaria Benito Juárez', cct: '14DPR0123X', createdAt: 1000 });
    expect(first.teachers).toHaveLength(1);
    expect(first.teachers[0]!.id).toMatch(/[0-9a-f-]{36}/);
    const second = await saveSchool({ ...draft, zonaEscolar: '088' }, 2000);
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ zonaEscolar: '088', createdAt: 1000, updatedAt: 2000 });
    expect(await db.schools.count()).toBe(1);
  });
});

describe('sessions', () => {
  it('are created, listed newest first and updated', async () => {
    const base = { kind: 'ordinaria' as const, ciclo: '2018-2019', modality: 'escuela' as const, notes: ' nota ' };
    const a = await createSession({ ...base, number: 1, date: '2018-10-26', normas: [' Respeto ', ''] });
    await createSession({ ...base, number: 3, date: '2018-11-30', normas: [] });
    expect((await listSessions()).map((s) => s.number)).toEqual([3, 1]);
    expect(a.normas).toEqual(['Respeto']);
    expect(a.notes).toBe('nota');
    const updated = await updateSession(a.id, { ...base, number: 2, date: '2019-01-10', normas: [] }, 5);
    expect(updated).toMatchObject({ id: a.id, number: 2, createdAt: a.createdAt, updatedAt: 5 });
    expect((await listSessions()).map((s) => s.number)).toEqual([2, 3]);
  });
});

describe('failed writes', () => {
  it('map quota errors to a Spanish message and leave earlier data intact', async () => {
    await createSession({
      kind: 'ordinaria',
      number: 1,
      date: '2018-10-26',
      ciclo: '2018-2019',
      modality: 'escuela',
      normas: [],
      notes: '',
    });
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await expect(
      write(['sessions'], async () => {
        await db.sessions.clear();
        throw quota;
      }),
    ).rejects.toSatisfy((e: unknown) => e instanceof WriteError && e.reason === 'quota' && /sin espacio/.test(e.message));
    expect(await db.sessions.count()).toBe(1);
  });
  it('recognises Dexie-wrapped quota errors', () => {
    const wrapped = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };
    expect(toWriteError(wrapped).reason).toBe('quota');
    expect(toWriteError(new Error('x')).reason).toBe('unknown');
  });
});
