// Issue 19, item 4 (activities 8 and 11): a tabla card may be a comment of the plenary after the
// video, incorporated into a column, or say how to strengthen the ideas; either may be about
// another tabla card. Both are part of the card's immutable info, merged like any card (M1) and
// validated on read (V1).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../../src/meeting/model';
import { cardsOf } from '../../src/meeting/layout';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO, codeOf, exchange, newMeetingDoc } from '../helpers/meetingFixtures';

describe('the plenary comments in the tabla (activity 11)', () => {
  it("a plenary comment about another school's card reaches the first device, in its column", () => {
    const a = newMeetingDoc();
    const b = new Y.Doc();
    const idea = addCard(a, { kind: 'tabla', column: 'noPracticadas', text: 'Observar la clase de un colega' }, ANA, 2);
    exchange(a, b);
    const comment = addCard(
      b,
      { kind: 'tabla', column: 'razones', text: 'Nos da pena que nos observen', contribution: 'plenaria', about: idea },
      BETO,
      3,
    );
    const loose = addCard(b, { kind: 'tabla', column: 'practicadas', text: 'Pedir opinión', contribution: 'plenaria' }, BETO, 4);
    exchange(a, b);
    const read = readMeeting(a).byId;
    expect(read.get(comment)).toMatchObject({
      kind: 'tabla',
      column: 'razones',
      contribution: 'plenaria',
      about: idea,
      author: 'Beto Díaz',
    });
    expect(read.get(loose)).toMatchObject({ contribution: 'plenaria', about: undefined });
    expect(read.get(idea)).toMatchObject({ contribution: undefined, about: undefined });
  });

  it('refuses a comment about a card that is not of the tabla, or that is not there, and writes nothing', () => {
    const doc = newMeetingDoc();
    const norma = addCard(doc, { kind: 'norma', text: 'Respetar turnos' }, ANA, 2);
    const before = Y.encodeStateVector(doc);
    const comment = (about: string) => () =>
      addCard(doc, { kind: 'tabla', column: 'practicadas', text: 'x', contribution: 'plenaria', about }, ANA, 3);
    expect(codeOf(comment(norma))).toBe('invalidCard');
    expect(codeOf(comment('no-existe'))).toBe('invalidCard');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("V1: a peer's tabla card with an unknown contribution, a malformed link or a link to itself is skipped and counted", () => {
    const doc = newMeetingDoc();
    const good = addCard(doc, { kind: 'tabla', column: 'practicadas', text: 'Buena', contribution: 'plenaria' }, ANA, 2);
    const info = JSON.parse(cardsOf(doc).get(good) as string) as Record<string, unknown>;
    doc.transact(() => {
      cardsOf(doc).set('bad-1', JSON.stringify({ ...info, contribution: 'inventada' }));
      cardsOf(doc).set('bad-2', JSON.stringify({ ...info, about: 'a|b' }));
      cardsOf(doc).set('bad-3', JSON.stringify({ ...info, about: 'bad-3' }));
      cardsOf(doc).set('bad-4', JSON.stringify({ ...info, about: 7 }));
    });
    const s = readMeeting(doc);
    expect(s.byKind.tabla.map((c) => c.id)).toEqual([good]);
    expect(s.invalidIn('tabla')).toBe(4);
  });
});

describe('how to strengthen the ideas (activity 8)', () => {
  it('proposals for the ideas practised and not practised merge from two devices, each about its card', () => {
    const a = newMeetingDoc();
    const b = new Y.Doc();
    const done = addCard(a, { kind: 'tabla', column: 'practicadas', text: 'Escuchar sin interrumpir' }, ANA, 2);
    exchange(a, b);
    const keep = addCard(
      a,
      { kind: 'tabla', column: 'practicadas', text: 'Un turno por escuela', contribution: 'fortalecer', about: done },
      ANA,
      3,
    );
    const start = addCard(
      b,
      { kind: 'tabla', column: 'noPracticadas', text: 'Visitarnos una vez al mes', contribution: 'fortalecer' },
      BETO,
      3,
    );
    exchange(a, b);
    for (const doc of [a, b]) {
      const proposals = readMeeting(doc).byKind.tabla.filter((c) => c.contribution === 'fortalecer');
      expect(proposals.map((c) => [c.id, c.column, c.about])).toEqual(
        [
          [keep, 'practicadas', done],
          [start, 'noPracticadas', undefined],
        ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
      );
    }
  });

  it('the reasons column has nothing to strengthen: refused on write, skipped and counted on read', () => {
    const doc = newMeetingDoc();
    expect(codeOf(() => addCard(doc, { kind: 'tabla', column: 'razones', text: 'x', contribution: 'fortalecer' }, ANA, 2))).toBe(
      'invalidCard',
    );
    const good = addCard(doc, { kind: 'tabla', column: 'noPracticadas', text: 'Empezar', contribution: 'fortalecer' }, ANA, 2);
    const info = JSON.parse(cardsOf(doc).get(good) as string) as Record<string, unknown>;
    doc.transact(() => cardsOf(doc).set('bad-1', JSON.stringify({ ...info, column: 'razones' })));
    const s = readMeeting(doc);
    expect(s.byKind.tabla.map((c) => c.id)).toEqual([good]);
    expect(s.invalidIn('tabla')).toBe(1);
  });
});
