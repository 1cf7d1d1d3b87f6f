// Issue 19, item 6 (N1-N2): the sixth session carries the observed class and the commitments to
// review; what it reads back is validated, bad entries dropped and counted.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { followUpOf } from '../../src/meeting/layout';
import { followUpFrom, readFollowUp, writeFollowUp } from '../../src/meeting/followUp';
import { addCard, publishProblem, setAnnulled } from '../../src/meeting/model';
import { listMeetingOutcomes } from '../../src/meeting/outcomes';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO, exchange, newMeetingDoc } from '../helpers/meetingFixtures';

const details = { organizacion: '', estrategias: '', intervencion: '', recursos: '', noFuncionaron: '', apoyo: '' };

it('N1: the observed class and the live commitments are carried; annulled ones are not', () => {
  const src = newMeetingDoc();
  const problem = publishProblem(src, { contenido: 'Fracciones equivalentes', ...details }, ANA, 1);
  addCard(
    src,
    { kind: 'observacion', problemId: problem, teacher: 'Carla Ortiz', teacherSchool: ANA.school, text: 'Con material concreto' },
    ANA,
    2,
  );
  const c = {
    kind: 'compromiso' as const,
    team: null,
    responsible: 'Ana Ruiz',
    dueDate: '2019-03-29',
    showResults: 'Cuadernos en la sexta sesión',
  };
  addCard(src, { ...c, text: 'Usar tiras de fracciones' }, ANA, 3);
  const gone = addCard(src, { ...c, text: 'Anulado' }, ANA, 4);
  setAnnulled(src, gone, true, 5, ANA);
  const carried = followUpFrom('m3', { name: 'Tercera sesión', date: '2018-11-30' }, listMeetingOutcomes(readMeeting(src)));

  const next = newMeetingDoc();
  writeFollowUp(next, carried);
  const other = new Y.Doc();
  exchange(next, other);
  const read = readFollowUp(other)!;
  expect(read.from).toEqual({ meetingId: 'm3', name: 'Tercera sesión', date: '2018-11-30' });
  expect(read.observations).toEqual([
    { teacher: 'Carla Ortiz', teacherSchool: ANA.school, problem: 'Fracciones equivalentes', notes: 'Con material concreto' },
  ]);
  expect(read.commitments.map((x) => [x.text, x.responsible, x.dueDate, x.showResults])).toEqual([
    ['Usar tiras de fracciones', 'Ana Ruiz', '2019-03-29', 'Cuadernos en la sexta sesión'],
  ]);
  expect(read.invalid).toBe(0);
});

it('N2: a meeting that continues none reads null; a peer’s bad entries are dropped and counted', () => {
  const doc = newMeetingDoc();
  expect(readFollowUp(doc)).toBeNull();
  const m = followUpOf(doc);
  m.set('from', { meetingId: 'm3', name: 'Tercera', date: '2018-11-31' });
  expect(readFollowUp(doc)).toBeNull();
  m.set('from', { meetingId: 'm3', name: 'Tercera', date: '2018-11-30' });
  m.set('commitments', [{ text: '', school: BETO.school, author: 'Beto' }, 'x']);
  m.set('observations', { not: 'a list' });
  const read = readFollowUp(doc)!;
  expect(read.commitments).toEqual([]);
  expect(read.observations).toEqual([]);
  expect(read.invalid).toBe(3);
});
