// Issue 19, item 4 (activities 21-22): an aportación may say which team agreed on it and presents
// it. Part of the card's immutable info, merged like any card (M1), validated on read (V1).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, publishProblem } from '../../src/meeting/model';
import { cardsOf } from '../../src/meeting/layout';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO, exchange, newMeetingDoc, problemDraft } from '../helpers/meetingFixtures';

const PROBLEM = problemDraft('Fracciones');

describe('aportaciones by team (activities 21-22)', () => {
  it("two devices' team aportaciones merge, each with its team; a personal one has none", () => {
    const a = newMeetingDoc();
    const b = new Y.Doc();
    const problem = publishProblem(a, PROBLEM, ANA, 2);
    exchange(a, b);
    const t2 = addCard(b, { kind: 'aportacion', parentId: problem, aportacionKind: 'estrategia', text: 'Regletas', team: 2 }, BETO, 3);
    const t4 = addCard(
      a,
      { kind: 'aportacion', parentId: problem, aportacionKind: 'pregunta', text: '¿Y el cálculo mental?', team: 4 },
      ANA,
      3,
    );
    const own = addCard(a, { kind: 'aportacion', parentId: problem, aportacionKind: 'estrategia', text: 'Recetas' }, ANA, 4);
    exchange(a, b);
    for (const doc of [a, b]) {
      const byId = readMeeting(doc).byId;
      expect(byId.get(t2)).toMatchObject({ team: 2, author: 'Beto Díaz' });
      expect(byId.get(t4)).toMatchObject({ team: 4, aportacionKind: 'pregunta' });
      expect(byId.get(own)).toMatchObject({ team: undefined });
    }
  });

  it("V1: a peer's aportación of a team that does not exist is skipped and counted", () => {
    const doc = newMeetingDoc();
    const problem = publishProblem(doc, PROBLEM, ANA, 2);
    const good = addCard(doc, { kind: 'aportacion', parentId: problem, aportacionKind: 'estrategia', text: 'Regletas', team: 1 }, ANA, 3);
    const info = JSON.parse(cardsOf(doc).get(good) as string) as Record<string, unknown>;
    doc.transact(() => {
      cardsOf(doc).set('bad-1', JSON.stringify({ ...info, team: 5 }));
      cardsOf(doc).set('bad-2', JSON.stringify({ ...info, team: '2' }));
    });
    const s = readMeeting(doc);
    expect(s.byKind.aportacion.map((c) => c.id)).toEqual([good]);
    expect(s.invalidIn('problematicas')).toBe(2);
  });
});
