// V1-V4: whatever a peer puts in the document, reading never throws; cards with a bad info are
// skipped and counted per panel, bad side-map values are ignored and counted per field (V4), and
// good cards still show.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, publishProblem } from '../../src/meeting/model';
import { annulledOf, cardsOf, detailsOf, editedOf, metaOf, schoolsOf, starsOf, textsOf, timerOf } from '../../src/meeting/layout';
import { readMeeting } from '../../src/meeting/snapshot';
import { createMeetingStore } from '../../src/meeting/store';
import { ANA, newMeetingDoc } from '../helpers/meetingFixtures';

function addIdea(doc: Y.Doc, id: string): void {
  addCard(doc, { kind: 'idea', text: 'buena' }, ANA, 1, id);
}

/** A peer rewrites a card's info with one field changed. */
function breakInfo(doc: Y.Doc, id: string, patch: Record<string, unknown>) {
  addIdea(doc, id);
  cardsOf(doc).set(id, JSON.stringify({ ...JSON.parse(cardsOf(doc).get(id) as string), ...patch }));
}

it('V1: cards with missing fields or wrong types are skipped and counted in their panel', () => {
  const doc = newMeetingDoc();
  addCard(doc, { kind: 'idea', text: 'válida' }, ANA, 1);
  const cards = cardsOf(doc);
  breakInfo(doc, 'no-author', { author: undefined });
  addIdea(doc, 'text-string');
  textsOf(doc).set('text-string', 'texto plano');
  addIdea(doc, 'no-text');
  textsOf(doc).delete('no-text');
  breakInfo(doc, 'bad-time', { createdAt: 'ayer' });
  breakInfo(doc, 'bad-cct', { schoolCct: 'XYZ' });
  breakInfo(doc, 'huge', { author: 'x'.repeat(10_000) });
  breakInfo(doc, 'bad-column', { kind: 'tabla', column: 'cuarta' });
  addIdea(doc, 'bad-annulled');
  annulledOf(doc).set('bad-annulled', 'quizá');
  addIdea(doc, 'bad-edited');
  editedOf(doc).set('bad-edited', -1);
  // General: no kind can be read at all.
  breakInfo(doc, 'unknown-kind', { kind: 'virus' });
  cards.set('not-json', '{ roto');
  cards.set('array', '[1,2]');
  cards.set('number', 42);
  cards.set('ymap', new Y.Map());
  cards.set('bad|id', cards.get('text-string'));
  textsOf(doc).set('bad|id', new Y.Text('id con barra'));
  expect(() => addCard(doc, { kind: 'idea', text: 'x' }, ANA, 1, 'otra|id')).toThrow();
  const problem = publishProblem(
    doc,
    { contenido: 'x', organizacion: '', estrategias: '', intervencion: '', recursos: '', noFuncionaron: '', apoyo: '' },
    ANA,
    2,
  );
  (detailsOf(doc).get(problem) as Y.Map<unknown>).set('apoyo', 7);
  addIdea(doc, 'fine');

  const s = readMeeting(doc);
  // A bad text, annulled or edited value does not hide its card (V4): it reads as the default.
  expect(s.byKind.idea.map((c) => c.text).sort()).toEqual(['', '', 'buena', 'buena', 'buena', 'válida']);
  expect(s.byId.get('bad-annulled')?.annulled).toBe(false);
  expect(s.byId.get('bad-edited')?.updatedAt).toBe(1);
  expect(s.invalid).toEqual({ lluvia: 5, tabla: 1, general: 5 });
  expect(s.damagedIn('lluvia')).toEqual({ texts: 2, annulled: 1, edited: 1 });
  expect(s.damagedIn('problematicas')).toEqual({ details: 1 });
  expect(s.cardCount).toBe(7);
});

it('V2: only "<id>|<voter>" = true is a star', () => {
  const doc = newMeetingDoc();
  addIdea(doc, 'c1');
  const stars = starsOf(doc);
  stars.set('c1|14DPR0123X|ana', true);
  stars.set('c1|14DPR0456Y|beto', 'sí');
  stars.set('c1', true);
  stars.set('|x', true);
  stars.set('otra|14DPR0123X|ana', true);
  expect(readMeeting(doc).byId.get('c1')?.stars).toEqual(['14DPR0123X|ana']);
});

it('V3/V4: bad schools and timer values are counted per field, a bad timer reads as stopped, bad meta reads as null', () => {
  const doc = newMeetingDoc();
  schoolsOf(doc).set('14DPR0123X', { name: 'Buena', cct: '14DPR0123X', joinedAt: 1 });
  schoolsOf(doc).set('14DPR0456Y', { name: 'Otra clave', cct: '14DPR0123X', joinedAt: 1 });
  schoolsOf(doc).set('x', 'y');
  timerOf(doc).set('presentation', { startedAt: 'ahora', durationMs: -5 });
  timerOf(doc).set('presentationMinutes', 1e9);
  const s = readMeeting(doc);
  expect(s.schools.map((x) => x.name)).toEqual(['Buena']);
  expect(s.invalid.general).toBeUndefined();
  expect(s.damagedGeneral).toEqual({ schools: 2, timer: 2 });
  expect(s.timer).toMatchObject({ presentation: null, presentationMinutes: 10, roundMinutes: 120 });
  metaOf(doc).set('date', 12);
  expect(readMeeting(doc).meta).toBeNull();
});

it('V1/V4: the cached store re-validates a card a peer breaks later, keeps its last good state, and follows the fix', () => {
  const doc = newMeetingDoc();
  const store = createMeetingStore(doc);
  addIdea(doc, 'c1');
  expect(store.getSnapshot().byKind.idea).toHaveLength(1);
  let calls = 0;
  store.subscribe(() => calls++);
  annulledOf(doc).set('c1', true);
  expect(store.getSnapshot().byKind.idea[0]?.annulled).toBe(true);
  annulledOf(doc).set('c1', 'quizá');
  expect(store.getSnapshot().byKind.idea).toHaveLength(1);
  expect(store.getSnapshot().byKind.idea[0]?.annulled).toBe(true);
  expect(store.getSnapshot().invalid.lluvia).toBeUndefined();
  expect(store.getSnapshot().damagedIn('lluvia')).toEqual({ annulled: 1 });
  annulledOf(doc).set('c1', true);
  expect(store.getSnapshot().byKind.idea[0]?.annulled).toBe(true);
  (textsOf(doc).get('c1') as Y.Text).insert(0, '¡');
  expect(store.getSnapshot().byKind.idea[0]?.text).toBe('¡buena');
  starsOf(doc).set('c1|14DPR0123X|ana', true);
  expect(store.getSnapshot().byKind.idea[0]?.stars).toEqual(['14DPR0123X|ana']);
  expect(calls).toBe(5);
  store.destroy();
});
