// Issue 19, item 4 (activities 13 and 26-29): a team note may say which tabla card it coincides
// with and which of the moderator's questions it answers; both are part of the card's immutable
// info, merged like any card (M1) and validated on read (V1).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, MeetingInputError } from '../../src/meeting/model';
import { cardsOf } from '../../src/meeting/layout';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO, exchange, newMeetingDoc } from '../helpers/meetingFixtures';

describe("team notes: coincidence with the tabla and the moderator's questions", () => {
  it('a note that coincides with a tabla card and answers a question reaches the other device', () => {
    const a = newMeetingDoc();
    const b = new Y.Doc();
    const tabla = addCard(a, { kind: 'tabla', column: 'practicadas', text: 'Escuchar sin interrumpir' }, ANA, 2);
    exchange(a, b);
    const note = addCard(
      b,
      { kind: 'equipo', team: 3, text: 'Los observadores escuchan', coincidesWith: tabla, prompt: 'avances' },
      BETO,
      3,
    );
    const free = addCard(b, { kind: 'equipo', team: 3, text: 'Nota libre' }, BETO, 4);
    exchange(a, b);
    const read = readMeeting(a).byId;
    expect(read.get(note)).toMatchObject({ kind: 'equipo', team: 3, coincidesWith: tabla, prompt: 'avances' });
    expect(read.get(free)).toMatchObject({ coincidesWith: undefined, prompt: undefined });
  });

  it('refuses a coincidence with a card that is not of the tabla', () => {
    const doc = newMeetingDoc();
    const idea = addCard(doc, { kind: 'idea', text: 'Confianza' }, ANA, 2);
    const before = Y.encodeStateVector(doc);
    expect(() => addCard(doc, { kind: 'equipo', team: 1, text: 'x', coincidesWith: idea }, ANA, 3)).toThrow(MeetingInputError);
    expect(() => addCard(doc, { kind: 'equipo', team: 1, text: 'x', coincidesWith: 'no-existe' }, ANA, 3)).toThrow(MeetingInputError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("V1: a peer's note with an unknown question or a malformed link is skipped and counted", () => {
    const doc = newMeetingDoc();
    const good = addCard(doc, { kind: 'equipo', team: 2, text: 'Buena' }, ANA, 2);
    const info = JSON.parse(cardsOf(doc).get(good) as string) as Record<string, unknown>;
    doc.transact(() => {
      cardsOf(doc).set('bad-1', JSON.stringify({ ...info, prompt: 'inventada' }));
      cardsOf(doc).set('bad-2', JSON.stringify({ ...info, coincidesWith: 'a|b' }));
    });
    const s = readMeeting(doc);
    expect(s.byKind.equipo.map((c) => c.id)).toEqual([good]);
    expect(s.invalidIn('equipos')).toBe(2);
  });
});
