import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  editCardText,
  editProblemDetail,
  joinSchool,
  publishProblem,
  setAnnulled,
  startPresentation,
  toggleStar,
  MeetingInputError,
} from '../../src/meeting/model';
import { readMeeting } from '../../src/meeting/snapshot';
import { listMeetingOutcomes } from '../../src/meeting/outcomes';
import { spliceFor } from '../../src/meeting/textDiff';
import { cardsOf } from '../../src/meeting/layout';
import { kindOfRaw } from '../../src/meeting/read';
import { ANA, BETO, exchange, newMeetingDoc, twoDevices } from '../helpers/meetingFixtures';

const PROBLEM = {
  contenido: 'Resolución de problemas con fracciones',
  organizacion: 'Por grados',
  estrategias: 'Material concreto',
  intervencion: 'Tutoría entre pares',
  recursos: 'Regletas',
  noFuncionaron: 'Ejercicios del libro: sin contexto',
  apoyo: 'Estrategias para 5° y 6°',
};

describe('cards', () => {
  it('M1: cards added at once on two devices are both kept, same order everywhere', () => {
    const [a, b] = twoDevices();
    addCard(a, { kind: 'idea', text: 'Escuchar sin juzgar' }, ANA, 100);
    addCard(b, { kind: 'idea', text: 'Compartir evidencias' }, BETO, 100);
    exchange(a, b);
    const ideasA = readMeeting(a).byKind.idea;
    expect(ideasA.map((c) => c.text).sort()).toEqual(['Compartir evidencias', 'Escuchar sin juzgar']);
    expect(readMeeting(b).byKind.idea).toEqual(ideasA);
    expect(ideasA[0]!.school.cct).toMatch(/14DPR/);
    expect(ideasA[0]!.author).toBeTruthy();
  });

  it('M2: concurrent edits at both ends of one card keep both changes', () => {
    const [a, b] = twoDevices();
    const id = addCard(a, { kind: 'conclusion', text: 'Aprender juntos' }, ANA, 1);
    exchange(a, b);
    editCardText(a, id, 'Aprender juntos requiere confianza', 2, ANA);
    editCardText(b, id, 'Todos: Aprender juntos', 3, ANA);
    exchange(a, b);
    expect(readMeeting(a).byId.get(id)?.text).toBe('Todos: Aprender juntos requiere confianza');
    expect(readMeeting(b).byId.get(id)?.text).toBe('Todos: Aprender juntos requiere confianza');
  });

  it('M2: the splice never splits a surrogate pair', () => {
    const s = spliceFor('a😀b', 'a😁b');
    expect(s.index).toBe(1);
    expect(s.insert).toBe('😁');
    expect(s.remove).toBe(2);
  });

  it('M3/M4: an annulled card stays, and can be restored', () => {
    const doc = newMeetingDoc();
    const id = addCard(doc, { kind: 'norma', text: 'Respetar turnos' }, ANA, 1);
    setAnnulled(doc, id, true, 2, ANA);
    expect(readMeeting(doc).byKind.norma).toMatchObject([{ id, annulled: true, text: 'Respetar turnos' }]);
    setAnnulled(doc, id, false, 3, ANA);
    expect(readMeeting(doc).byKind.norma[0]?.annulled).toBe(false);
  });

  it('M3: concurrent annul and restore resolve to the same value on both devices', () => {
    const [a, b] = twoDevices();
    const id = addCard(a, { kind: 'norma', text: 'Puntualidad' }, ANA, 1);
    exchange(a, b);
    setAnnulled(a, id, true, 2, ANA);
    setAnnulled(b, id, true, 2, ANA);
    exchange(a, b);
    setAnnulled(b, id, false, 3, ANA);
    setAnnulled(a, id, true, 3, ANA); // already true: no write
    exchange(a, b);
    expect(readMeeting(a).byId.get(id)?.annulled).toBe(readMeeting(b).byId.get(id)?.annulled);
  });

  it('M5: one star per person per card, toggled; two devices of one person count once', () => {
    const [a, b] = twoDevices();
    const id = addCard(a, { kind: 'idea', text: 'x' }, ANA, 1);
    exchange(a, b);
    expect(toggleStar(a, id, BETO, 2)).toBe(true);
    expect(toggleStar(b, id, { ...BETO, author: 'BETO  DIAZ' }, 3)).toBe(true);
    toggleStar(a, id, ANA, 4);
    exchange(a, b);
    expect(readMeeting(a).byId.get(id)?.stars).toHaveLength(2);
    expect(toggleStar(a, id, ANA, 5)).toBe(false);
    exchange(a, b);
    expect(readMeeting(b).byId.get(id)?.stars).toEqual(['14DPR0456Y|beto diaz']);
  });

  it('M7: joining twice keeps the first joinedAt; two schools both join', () => {
    const a = newMeetingDoc(undefined, false);
    const b = new Y.Doc();
    exchange(a, b);
    joinSchool(a, ANA.school, 10);
    joinSchool(b, BETO.school, 11);
    joinSchool(a, ANA.school, 50);
    exchange(a, b);
    expect(readMeeting(b).schools).toEqual([
      { ...ANA.school, joinedAt: 10 },
      { ...BETO.school, joinedAt: 11 },
    ]);
  });

  it('M8: publishing copies every field; the same record twice is one card', () => {
    const doc = newMeetingDoc();
    const id = publishProblem(doc, { ...PROBLEM, sourceId: 'p-1' }, ANA, 5);
    expect(publishProblem(doc, { ...PROBLEM, sourceId: 'p-1' }, ANA, 6)).toBe(id);
    const [card] = readMeeting(doc).byKind.problematica;
    expect(card).toMatchObject({ id, text: PROBLEM.contenido, details: { recursos: 'Regletas', apoyo: PROBLEM.apoyo } });
    editProblemDetail(doc, id, 'recursos', 'Regletas y tangram', 7, ANA);
    expect(readMeeting(doc).byId.get(id)).toMatchObject({ details: { recursos: 'Regletas y tangram' } });
    publishProblem(doc, PROBLEM, BETO, 8);
    expect(readMeeting(doc).byKind.problematica).toHaveLength(2);
  });

  it('refuses to write an invalid card: empty text, bad CCT, unknown column; nothing is written', () => {
    const doc = newMeetingDoc();
    const before = Y.encodeStateVector(doc);
    expect(() => addCard(doc, { kind: 'idea', text: '   ' }, ANA, 1)).toThrow(MeetingInputError);
    expect(() => addCard(doc, { kind: 'idea', text: 'x' }, { ...ANA, school: { name: 'X', cct: 'nope' } }, 1)).toThrow(MeetingInputError);
    expect(() => addCard(doc, { kind: 'tabla', column: 'otra' as 'razones', text: 'x' }, ANA, 1)).toThrow(MeetingInputError);
    expect(() => publishProblem(doc, { ...PROBLEM, contenido: '' }, ANA, 1)).toThrow(MeetingInputError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

it('writes kind first in a card info, so opening a meeting reads kinds without parsing', () => {
  const doc = newMeetingDoc();
  const id = addCard(doc, { kind: 'tabla', column: 'razones', text: 'x' }, ANA, 1);
  expect(String(cardsOf(doc).get(id))).toMatch(/^\{"kind":"tabla",/);
  expect(kindOfRaw(cardsOf(doc).get(id))).toBe('tabla');
  // Another key order (a peer's writer) still reads, through the full parse.
  expect(kindOfRaw(JSON.stringify({ author: 'x', kind: 'norma' }))).toBe('norma');
  expect(kindOfRaw('{"kind":"virus"}')).toBeNull();
});

describe('outcomes', () => {
  it('lists live commitments, aportaciones by stars, and the observation plan with stable ids', () => {
    const doc = newMeetingDoc();
    const p = publishProblem(doc, PROBLEM, ANA, 1);
    const a1 = addCard(doc, { kind: 'aportacion', parentId: p, aportacionKind: 'estrategia', text: 'Usar recetas' }, BETO, 2);
    const a2 = addCard(doc, { kind: 'aportacion', parentId: p, aportacionKind: 'pregunta', text: '¿Cómo evalúan?' }, BETO, 3);
    toggleStar(doc, a2, ANA, 4);
    const c1 = addCard(
      doc,
      {
        kind: 'compromiso',
        team: 2,
        text: 'Aplicar recetas en 5°',
        responsible: 'María López',
        dueDate: '2019-03-29',
        showResults: 'Registros en la sexta sesión',
      },
      ANA,
      4,
    );
    const c2 = addCard(
      doc,
      {
        kind: 'compromiso',
        team: null,
        text: 'Anulado',
        responsible: 'María López',
        dueDate: '2019-03-29',
        showResults: 'Registros en la sexta sesión',
      },
      ANA,
      5,
    );
    setAnnulled(doc, c2, true, 6, ANA);
    addCard(
      doc,
      { kind: 'observacion', problemId: p, teacher: 'María López', teacherSchool: ANA.school, text: 'Clase de fracciones' },
      ANA,
      7,
    );
    startPresentation(doc, ANA.school, 8, 10);
    const out = listMeetingOutcomes(readMeeting(doc));
    expect(out.meetingId).toBe('enc-0001');
    expect(out.commitments.map((c) => c.id)).toEqual([c1]);
    expect(out.proposals[0]?.aportaciones.map((a) => a.id)).toEqual([a2, a1]);
    expect(out.observationPlan[0]?.problem?.id).toBe(p);
    expect(out.observationPlan[0]?.observation.teacher).toBe('María López');
  });
});

it('MeetingInputError on an unknown card', () => {
  const doc = new Y.Doc();
  expect(() => editCardText(doc, 'nope', 'x', 1, ANA)).toThrow(MeetingInputError);
});
