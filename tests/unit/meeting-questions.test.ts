// Issue 19, item 4 (activity 14): the group answers three questions as cards before writing its
// conclusions. An answer is a conclusion card that says which question it answers: merged like any
// card (M1), validated on read (V1), and not taken home as a commitment (only conclusions are).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../../src/meeting/model';
import { cardsOf } from '../../src/meeting/layout';
import { listMeetingOutcomes } from '../../src/meeting/outcomes';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO, exchange, newMeetingDoc } from '../helpers/meetingFixtures';

describe('the three questions answered as cards (activity 14)', () => {
  it('answers from two devices reach both, each under its question, apart from the conclusions', () => {
    const a = newMeetingDoc();
    const b = new Y.Doc();
    exchange(a, b);
    const mine = addCard(a, { kind: 'conclusion', question: 'fortalecer', text: 'Escucharnos sin juzgar' }, ANA, 2);
    const theirs = addCard(b, { kind: 'conclusion', question: 'aportar', text: 'Con ejemplos de nuestras aulas' }, BETO, 3);
    const conclusion = addCard(b, { kind: 'conclusion', text: 'Aprender entre escuelas pide confianza' }, BETO, 4);
    exchange(a, b);
    for (const doc of [a, b]) {
      const s = readMeeting(doc);
      expect(s.byId.get(mine)).toMatchObject({ kind: 'conclusion', question: 'fortalecer', author: 'Ana Ruiz' });
      expect(s.byId.get(theirs)).toMatchObject({ question: 'aportar', school: BETO.school });
      expect(s.byId.get(conclusion)).toMatchObject({ question: undefined });
      expect(listMeetingOutcomes(s).conclusions.map((c) => c.id)).toEqual([conclusion]);
    }
  });

  it("V1: a peer's answer to a question that does not exist is skipped and counted", () => {
    const doc = newMeetingDoc();
    const good = addCard(doc, { kind: 'conclusion', question: 'presentacion', text: 'Que nos ayuden con fracciones' }, ANA, 2);
    const info = JSON.parse(cardsOf(doc).get(good) as string) as Record<string, unknown>;
    doc.transact(() => {
      cardsOf(doc).set('bad-1', JSON.stringify({ ...info, question: 'inventada' }));
      cardsOf(doc).set('bad-2', JSON.stringify({ ...info, question: 3 }));
    });
    const s = readMeeting(doc);
    expect(s.byKind.conclusion.map((c) => c.id)).toEqual([good]);
    expect(s.invalidIn('conclusiones')).toBe(2);
  });
});
