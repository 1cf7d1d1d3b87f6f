// Meeting actions across both stores (Dexie list + the meeting's Y.Doc), on fake-indexeddb:
// create, list, import a file from the list (new, then merge), publish a problemática in one tap.
import { beforeEach, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listMeetings } from '../../src/db/meetings';
import { createMeeting, publishProblemToMeeting } from '../../src/features/meetings/actions';
import { importFromList } from '../../src/features/meetings/fileExchange';
import { openMeetingDoc } from '../../src/meeting/persistence';
import { readMeeting } from '../../src/meeting/snapshot';
import { addCard } from '../../src/meeting/model';
import { encodeMeetingFile } from '../../src/meeting/file';
import { listMeetingOutcomes } from '../../src/meeting/outcomes';
import { ANA, BETO } from '../helpers/meetingFixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const PROBLEM = {
  contenido: 'Comprensión lectora en 3°',
  organizacion: 'Por ciclos',
  estrategias: 'Lectura compartida',
  intervencion: 'Preguntas guía',
  recursos: 'Biblioteca de aula',
  noFuncionaron: 'Cuestionarios largos: los alumnos se cansan',
  apoyo: 'Estrategias de inferencia',
  sourceId: 'problema-7',
};

async function snapshotOf(id: string) {
  const opened = await openMeetingDoc(id);
  await opened.whenSynced;
  const s = readMeeting(opened.doc);
  return { s, opened };
}

it('creates a meeting: listed on the device, the creating school joined, the id in the doc', async () => {
  const meta = await createMeeting({ name: ' Encuentro zona 087 ', date: '2018-11-30', place: 'Juárez' }, ANA.school, 5);
  expect((await listMeetings()).map((m) => m.name)).toEqual(['Encuentro zona 087']);
  const { s, opened } = await snapshotOf(meta.id);
  expect(s.meta).toEqual({ id: meta.id, name: 'Encuentro zona 087', date: '2018-11-30', place: 'Juárez', createdAt: 5 });
  expect(s.schools).toEqual([{ ...ANA.school, joinedAt: 5 }]);
  await opened.destroy();
});

it('M8: publishing from the bitácora in one tap copies the fields, twice is still one card', async () => {
  const meta = await createMeeting({ name: 'Encuentro', date: '2018-11-30', place: '' }, ANA.school, 1);
  const id = await publishProblemToMeeting(meta.id, PROBLEM, BETO, 2);
  expect(await publishProblemToMeeting(meta.id, PROBLEM, BETO, 3)).toBe(id);
  const { s, opened } = await snapshotOf(meta.id);
  expect(s.byKind.problematica).toHaveLength(1);
  expect(s.byKind.problematica[0]).toMatchObject({
    id,
    text: PROBLEM.contenido,
    sourceId: 'problema-7',
    details: { apoyo: PROBLEM.apoyo },
  });
  expect(s.schools.map((x) => x.cct)).toEqual([ANA.school.cct, BETO.school.cct]);
  expect(listMeetingOutcomes(s).proposals[0]?.problem.id).toBe(id);
  await opened.destroy();
});

it('F3/F4: importing from the list creates a meeting new to the device, then merges into it', async () => {
  // Another device's meeting, exported.
  const meta = await createMeeting({ name: 'De otra escuela', date: '2019-03-01', place: '' }, BETO.school, 1);
  const other = await openMeetingDoc(meta.id);
  await other.whenSynced;
  addCard(other.doc, { kind: 'norma', text: 'Respeto' }, BETO, 2);
  const first = new File([encodeMeetingFile(other.doc) as BlobPart], 'x.encuentro');
  addCard(other.doc, { kind: 'norma', text: 'Puntualidad' }, BETO, 3);
  const second = new File([encodeMeetingFile(other.doc) as BlobPart], 'y.encuentro');
  await other.destroy();
  // "This device" never had it: wipe the list and the meeting's database.
  await db.meetings.clear();
  await new Promise<void>((ok) => {
    const req = indexedDB.deleteDatabase(`bitacora-encuentro-${meta.id}`);
    req.onsuccess = () => ok();
  });

  expect(await importFromList(first)).toMatchObject({ isNew: true, meta: { name: 'De otra escuela' } });
  expect(await importFromList(second)).toMatchObject({ isNew: false });
  expect(await importFromList(first)).toMatchObject({ isNew: false });
  expect((await listMeetings()).map((m) => m.id)).toEqual([meta.id]);
  const { s, opened } = await snapshotOf(meta.id);
  expect(s.byKind.norma.map((c) => c.text)).toEqual(['Respeto', 'Puntualidad']);
  await opened.destroy();

  await expect(importFromList(new File(['hola'], 'z.encuentro'))).rejects.toMatchObject({ code: 'notMeetingFile' });
});
