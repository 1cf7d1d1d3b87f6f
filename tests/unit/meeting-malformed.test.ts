// V1-V3: whatever a peer puts in the document, reading never throws; bad entries are skipped and
// counted per panel, good ones still show.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, publishProblem } from '../../src/meeting/model';
import { annulledOf, cardsOf, editedOf, metaOf, schoolsOf, starsOf, timerOf } from '../../src/meeting/layout';
import { readMeeting } from '../../src/meeting/snapshot';
import { createMeetingStore } from '../../src/meeting/store';
import { ANA, newMeetingDoc } from '../helpers/meetingFixtures';

function cardMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  addCard(doc, { kind: 'idea', text: 'buena' }, ANA, 1, id);
  return cardsOf(doc).get(id) as Y.Map<unknown>;
}

/** A peer rewrites a card's info value with one field changed. */
function breakInfo(doc: Y.Doc, id: string, patch: Record<string, unknown>) {
  const m = cardMap(doc, id);
  m.set('info', { ...(m.get('info') as object), ...patch });
}

it('V1: cards with missing fields or wrong types are skipped and counted in their panel', () => {
  const doc = newMeetingDoc();
  addCard(doc, { kind: 'idea', text: 'válida' }, ANA, 1);
  const cards = cardsOf(doc);
  doc.transact(() => {
    cards.set('plain', { info: { kind: 'idea' }, text: 'no es Y.Map' } as unknown);
    cards.set('number', 42 as unknown);
  });
  breakInfo(doc, 'no-author', { author: undefined });
  cardMap(doc, 'text-string').set('text', 'texto plano');
  breakInfo(doc, 'bad-time', { createdAt: 'ayer' });
  breakInfo(doc, 'bad-cct', { schoolCct: 'XYZ' });
  breakInfo(doc, 'huge', { author: 'x'.repeat(10_000) });
  breakInfo(doc, 'bad-column', { kind: 'tabla', column: 'cuarta' });
  breakInfo(doc, 'unknown-kind', { kind: 'virus' });
  cardMap(doc, 'info-is-ytype').set('info', new Y.Map());
  cardMap(doc, 'bad-annulled');
  annulledOf(doc).set('bad-annulled', 'quizá');
  cardMap(doc, 'bad-edited');
  editedOf(doc).set('bad-edited', -1);
  const ok = cardMap(doc, 'template');
  doc.transact(() => {
    const copy = new Y.Map<unknown>();
    cards.set('bad|id', copy);
    copy.set('info', ok.get('info'));
    copy.set('text', new Y.Text('id con barra'));
  });
  expect(() => addCard(doc, { kind: 'idea', text: 'x' }, ANA, 1, 'otra|id')).toThrow();
  const problem = publishProblem(doc, { contenido: 'x', organizacion: '', estrategias: '', intervencion: '', recursos: '', noFuncionaron: '', apoyo: '' }, ANA, 2);
  ((cardsOf(doc).get(problem) as Y.Map<unknown>).get('details') as Y.Map<unknown>).set('apoyo', 7);

  const s = readMeeting(doc);
  expect(s.byKind.idea.map((c) => c.text)).toEqual(['válida', 'buena']);
  expect(s.invalid).toEqual({ lluvia: 8, tabla: 1, problematicas: 1, general: 4 });
  expect(s.cardCount).toBe(2);
});

it('V2: only "<id>|<voter>" = true is a star', () => {
  const doc = newMeetingDoc();
  cardMap(doc, 'c1');
  const stars = starsOf(doc);
  stars.set('c1|14DPR0123X|ana', true);
  stars.set('c1|14DPR0456Y|beto', 'sí');
  stars.set('c1', true);
  stars.set('|x', true);
  stars.set('otra|14DPR0123X|ana', true);
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
  const m = cardMap(doc, 'c1');
  expect(store.getSnapshot().byKind.idea).toHaveLength(1);
  let calls = 0;
  store.subscribe(() => calls++);
  annulledOf(doc).set('c1', 'quizá');
  expect(store.getSnapshot().byKind.idea).toHaveLength(0);
  expect(store.getSnapshot().invalid.lluvia).toBe(1);
  annulledOf(doc).set('c1', true);
  expect(store.getSnapshot().byKind.idea[0]?.annulled).toBe(true);
  (m.get('text') as Y.Text).insert(0, '¡');
  expect(store.getSnapshot().byKind.idea[0]?.text).toBe('¡buena');
  starsOf(doc).set('c1|14DPR0123X|ana', true);
  expect(store.getSnapshot().byKind.idea[0]?.stars).toEqual(['14DPR0123X|ana']);
  expect(calls).toBe(4);
  store.destroy();
});
