// V1-V3: whatever a peer puts in the document, reading never throws; bad entries are skipped and
// counted per panel, good ones still show.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, publishProblem } from '../../src/meeting/model';
import { cardsOf, schoolsOf, timerOf, metaOf } from '../../src/meeting/layout';
import { readMeeting } from '../../src/meeting/snapshot';
import { createMeetingStore } from '../../src/meeting/store';
import { ANA, newMeetingDoc } from '../helpers/meetingFixtures';

function validCardMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  addCard(doc, { kind: 'idea', text: 'buena' }, ANA, 1, id);
  return cardsOf(doc).get(id) as Y.Map<unknown>;
}

it('V1: cards with missing fields or wrong types are skipped and counted in their panel', () => {
  const doc = newMeetingDoc();
  addCard(doc, { kind: 'idea', text: 'válida' }, ANA, 1);
  const cards = cardsOf(doc);
  doc.transact(() => {
    cards.set('plain', { kind: 'idea', text: 'no es Y.Map' } as unknown);
    cards.set('number', 42 as unknown);
  });
  validCardMap(doc, 'no-author').delete('author');
  validCardMap(doc, 'text-string').set('text', 'texto plano');
  validCardMap(doc, 'bad-time').set('createdAt', 'ayer');
  validCardMap(doc, 'bad-cct').set('schoolCct', 'XYZ');
  validCardMap(doc, 'huge').set('author', 'x'.repeat(10_000));
  const table = validCardMap(doc, 'bad-column');
  table.set('kind', 'tabla');
  table.set('column', 'cuarta');
  validCardMap(doc, 'unknown-kind').set('kind', 'virus');
  validCardMap(doc, 'no-stars').set('stars', ['a']);
  const problem = publishProblem(doc, { contenido: 'x', organizacion: '', estrategias: '', intervencion: '', recursos: '', noFuncionaron: '', apoyo: '' }, ANA, 2);
  ((cardsOf(doc).get(problem) as Y.Map<unknown>).get('details') as Y.Map<unknown>).set('apoyo', 7);

  const s = readMeeting(doc);
  expect(s.byKind.idea.map((c) => c.text)).toEqual(['válida']);
  expect(s.invalid).toEqual({ lluvia: 6, tabla: 1, problematicas: 1, general: 3 });
  expect(s.cardCount).toBe(1);
});

it('V2: anything but true in stars is not a star', () => {
  const doc = newMeetingDoc();
  const m = validCardMap(doc, 'c1');
  const stars = m.get('stars') as Y.Map<unknown>;
  stars.set('14DPR0123X|ana', true);
  stars.set('14DPR0456Y|beto', 'sí');
  stars.set('x', 1);
  expect(readMeeting(doc).byId.get('c1')?.stars).toEqual(['14DPR0123X|ana']);
});

it('V3: bad schools are counted, a bad timer reads as stopped, bad meta reads as null', () => {
  const doc = newMeetingDoc();
  schoolsOf(doc).set('14DPR0123X', { name: 'Buena', cct: '14DPR0123X', joinedAt: 1 });
  schoolsOf(doc).set('14DPR0456Y', { name: 'Otra clave', cct: '14DPR0123X', joinedAt: 1 });
  schoolsOf(doc).set('x', 'y');
  timerOf(doc).set('presentation', { startedAt: 'ahora', durationMs: -5 });
  timerOf(doc).set('presentationMinutes', 1e9);
  const s = readMeeting(doc);
  expect(s.schools.map((x) => x.name)).toEqual(['Buena']);
  expect(s.invalid.general).toBe(2);
  expect(s.timer).toMatchObject({ presentation: null, presentationMinutes: 10, roundMinutes: 120 });
  metaOf(doc).set('date', 12);
  expect(readMeeting(doc).meta).toBeNull();
});

it('V1: the cached store re-validates a card a peer breaks later, and recovers when fixed', () => {
  const doc = newMeetingDoc();
  const store = createMeetingStore(doc);
  const m = validCardMap(doc, 'c1');
  expect(store.getSnapshot().byKind.idea).toHaveLength(1);
  let calls = 0;
  store.subscribe(() => calls++);
  m.set('annulled', 'quizá');
  expect(store.getSnapshot().byKind.idea).toHaveLength(0);
  expect(store.getSnapshot().invalid.lluvia).toBe(1);
  m.set('annulled', true);
  expect(store.getSnapshot().byKind.idea[0]?.annulled).toBe(true);
  (m.get('text') as Y.Text).insert(0, '¡');
  expect(store.getSnapshot().byKind.idea[0]?.text).toBe('¡buena');
  expect(calls).toBe(3);
  store.destroy();
});
