// V4 (docs/SYNC.md): a malformed value in a side map (texts, details, annulled, edited, stars,
// edits, annulNotes, schools, timer) never hides a card. It is ignored and counted for that field
// alone; the card keeps its last good state (or the field's default on a device that never saw a
// good one). Checked over a meeting file crafted with plain Yjs, over a live link, and fuzzed.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, publishProblem, setAnnulled } from '../../src/meeting/model';
import { annulledOf, detailsOf, editedOf, schoolsOf, starsOf, textsOf, timerOf } from '../../src/meeting/layout';
import { checkMeetingFile, encodeMeetingFile, mergeMeetingFile } from '../../src/meeting/file';
import { readMeeting } from '../../src/meeting/snapshot';
import { createMeetingStore } from '../../src/meeting/store';
import { deriveRoomKey, newRoomSecret } from '../../src/sync/crypto';
import { DocSync } from '../../src/sync/docSync';
import { newPeerId } from '../../src/sync/envelope';
import { TestLink } from '../helpers/testLink';
import { Awareness } from 'y-protocols/awareness';
import { MemoryNet, seeded } from '../helpers/memoryNet';
import { ANA, MEETING_ID, newMeetingDoc, problemDraft } from '../helpers/meetingFixtures';
import { tamperMeetingFile } from '../helpers/tamperMeetingFile';
import { seededRng, pick } from '../helpers/meetingNetwork';

const EMPTY_PROBLEM = problemDraft('Fracciones', { organizacion: 'Por grados' });

/** A meeting with one idea (annulled once, so every side map has its key) and one problemática. */
function meeting(): { doc: Y.Doc; idea: string; problem: string } {
  const doc = newMeetingDoc();
  const idea = addCard(doc, { kind: 'idea', text: 'Leer en voz alta' }, ANA, 10);
  setAnnulled(doc, idea, true, 20, ANA);
  const problem = publishProblem(doc, EMPTY_PROBLEM, ANA, 30);
  return { doc, idea, problem };
}

const BAD_VALUES: [string, (doc: Y.Doc, ids: { idea: string; problem: string }) => void][] = [
  ['annulled', (d, { idea }) => annulledOf(d).set(idea, 'no')],
  ['edited', (d, { idea }) => editedOf(d).set(idea, 'ayer')],
  ['texts', (d, { idea }) => textsOf(d).set(idea, 42)],
  ['details', (d, { problem }) => (detailsOf(d).get(problem) as Y.Map<unknown>).set('organizacion', 7)],
  ['details', (d, { problem }) => detailsOf(d).set(problem, 'nada')],
  ['texts', (d, { problem }) => textsOf(d).set(problem, new Y.Map())],
];

describe('V4 over a meeting file', () => {
  for (const [field, change] of BAD_VALUES) {
    it(`V4: a bad value in ${field} keeps the card on screen with its last good state`, () => {
      const { doc, idea, problem } = meeting();
      const store = createMeetingStore(doc);
      const before = store.getSnapshot();
      expect(before.byId.size).toBe(2);
      const bytes = tamperMeetingFile(encodeMeetingFile(doc), (d) => change(d, { idea, problem }));
      mergeMeetingFile(doc, checkMeetingFile(bytes, MEETING_ID));

      // The open screen keeps what it last showed.
      const live = store.getSnapshot();
      expect(live.byId.get(idea)).toEqual(before.byId.get(idea));
      expect(live.byId.get(problem)).toEqual(before.byId.get(problem));
      expect(live.invalid).toEqual({});
      const damaged = { ...live.damagedIn('lluvia'), ...live.damagedIn('problematicas') };
      expect(damaged).toEqual({ [field]: 1 });

      // A device that opens the file fresh shows the card too, with that field's default.
      const fresh = readMeeting(doc);
      expect(fresh.cardCount).toBe(2);
      expect(fresh.invalid).toEqual({});
      const freshIdea = fresh.byId.get(idea)!;
      const freshProblem = fresh.byId.get(problem)!;
      expect(freshIdea.author).toBe(ANA.author);
      if (field === 'annulled') expect(freshIdea.annulled).toBe(false);
      if (field === 'edited') expect(freshIdea.updatedAt).toBe(freshIdea.createdAt);
      if (field === 'texts') expect([freshIdea.text, freshProblem.text]).toContain('');
      if (field === 'details' && freshProblem.kind === 'problematica') expect(freshProblem.details.organizacion).toBe('');
      store.destroy();
    });
  }

  it('V4: bad stars, schools and timer values are counted under their own field and hide nothing', () => {
    const { doc, idea } = meeting();
    const bytes = tamperMeetingFile(encodeMeetingFile(doc), (d) => {
      starsOf(d).set(`${idea}|14DPR0123X|ana`, 'sí');
      schoolsOf(d).set('14DPR0999Z', { name: 3 });
      timerOf(d).set('round', { startedAt: 'ya' });
      timerOf(d).set('roundMinutes', -4);
    });
    mergeMeetingFile(doc, checkMeetingFile(bytes, MEETING_ID));
    const s = readMeeting(doc);
    expect(s.cardCount).toBe(2);
    expect(s.damagedGeneral).toEqual({ stars: 1, schools: 1, timer: 2 });
    expect(s.timer.round).toBeNull();
    expect(s.timer.roundMinutes).toBe(120);
  });
});

describe('V4 over a live link (in-process provider)', () => {
  it('V4: a peer that writes a bad annulled, edited or text value does not hide the card on the other device', async () => {
    const net = new MemoryNet(seeded(4));
    const key = await deriveRoomKey(newRoomSecret(), MEETING_ID);
    const a = meeting();
    const bDoc = new Y.Doc();
    const device = (doc: Y.Doc) => ({ peer: newPeerId(), sync: new DocSync(MEETING_ID, doc, new Awareness(doc)) });
    const da = device(a.doc);
    const db = device(bDoc);
    const [ca, cb] = net.pair();
    const la = new TestLink(ca, { key, localPeer: da.peer, remotePeer: db.peer });
    const lb = new TestLink(cb, { key, localPeer: db.peer, remotePeer: da.peer });
    net.track(la, lb);
    da.sync.addLink(la);
    db.sync.addLink(lb);
    await net.settle(() => readMeeting(bDoc).cardCount === 2);
    const storeA = createMeetingStore(a.doc);
    const shown = storeA.getSnapshot().byId.get(a.idea);
    expect(shown?.text).toBe('Leer en voz alta');

    bDoc.transact(() => {
      annulledOf(bDoc).set(a.idea, 'no');
      editedOf(bDoc).set(a.idea, 'ayer');
      textsOf(bDoc).set(a.idea, 42);
    });
    await net.settle(() => annulledOf(a.doc).get(a.idea) === 'no');
    expect(annulledOf(a.doc).get(a.idea)).toBe('no');
    const after = storeA.getSnapshot();
    expect(after.byId.get(a.idea)).toEqual(shown);
    expect(after.damagedIn('lluvia')).toEqual({ annulled: 1, edited: 1, texts: 1 });
    storeA.destroy();
  });
});

describe('V4 fuzz', () => {
  const junk: unknown[] = ['no', 'ayer', 42, -1, 1.5, null, true, false, {}, [], { a: 1 }, 'x'.repeat(30), Number.MAX_SAFE_INTEGER * 4];
  const junkOf = (rng: () => number): unknown => {
    const r = rng();
    if (r < 0.15) return new Y.Map();
    if (r < 0.25) return new Y.Array();
    if (r < 0.3) return new Y.Text('texto suelto');
    return pick(rng, junk);
  };

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`V4: random junk in every side map, file and live store (seed ${seed}): every card stays`, () => {
      const rng = seededRng(seed);
      const doc = newMeetingDoc();
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push(addCard(doc, { kind: 'norma', text: `Norma ${i}` }, ANA, 100 + i));
      const problems = [publishProblem(doc, EMPTY_PROBLEM, ANA, 200)];
      const all = [...ids, ...problems];
      const store = createMeetingStore(doc);
      const before = store.getSnapshot().byId;
      expect(before.size).toBe(7);
      // A Y.Text is a well-formed text (an edit by an unidentified device, shown as such), not junk:
      // where the last value written into a card's text is one, the card shows it.
      const lastText = new Map<string, unknown>();
      const bytes = tamperMeetingFile(encodeMeetingFile(doc), (d) => {
        for (let n = 0; n < 12; n++) {
          const id = pick(rng, all);
          const r = rng();
          const value = junkOf(rng);
          if (r < 0.2) annulledOf(d).set(id, value);
          else if (r < 0.4) editedOf(d).set(id, value);
          else if (r < 0.55) {
            textsOf(d).set(id, value);
            lastText.set(id, value);
          } else if (r < 0.7) {
            const det = detailsOf(d).get(problems[0]!);
            if (det instanceof Y.Map && rng() < 0.7) det.set('estrategias', value);
            else detailsOf(d).set(problems[0]!, value);
          } else if (r < 0.8) starsOf(d).set(`${id}|14DPR0123X|ana`, value);
          else if (r < 0.9) d.getMap('edits').set(id, value);
          else d.getMap('annulNotes').set(id, value);
        }
      });
      mergeMeetingFile(doc, checkMeetingFile(bytes, MEETING_ID));
      const live = store.getSnapshot();
      const fresh = readMeeting(doc);
      for (const s of [live, fresh]) {
        expect(s.cardCount).toBe(7);
        expect(s.invalid).toEqual({});
      }
      // The open screen kept each card's text, author and kind.
      for (const id of all) {
        const wellFormed = lastText.get(id) instanceof Y.Text;
        expect(live.byId.get(id)?.text).toBe(wellFormed ? 'texto suelto' : before.get(id)?.text);
        expect(fresh.byId.get(id)?.author).toBe(ANA.author);
      }
      store.destroy();
    });
  }
});

describe('V4 fuzz over a live link (in-process provider)', () => {
  const junk: unknown[] = ['no', 'ayer', 42, -1, 1.5, null, true, {}, [], { author: 3 }, 'x'.repeat(40)];
  for (const seed of [21, 22, 23]) {
    it(`V4: a peer writing random junk into every side map hides no card on the other device (seed ${seed})`, async () => {
      const rng = seededRng(seed);
      const net = new MemoryNet(seeded(seed));
      const key = await deriveRoomKey(newRoomSecret(), MEETING_ID);
      const a = meeting();
      for (let i = 0; i < 4; i++) addCard(a.doc, { kind: 'norma', text: `Norma ${i}` }, ANA, 40 + i);
      const bDoc = new Y.Doc();
      const da = { peer: newPeerId(), sync: new DocSync(MEETING_ID, a.doc, new Awareness(a.doc)) };
      const db = { peer: newPeerId(), sync: new DocSync(MEETING_ID, bDoc, new Awareness(bDoc)) };
      const [ca, cb] = net.pair();
      const la = new TestLink(ca, { key, localPeer: da.peer, remotePeer: db.peer });
      const lb = new TestLink(cb, { key, localPeer: db.peer, remotePeer: da.peer });
      net.track(la, lb);
      da.sync.addLink(la);
      db.sync.addLink(lb);
      await net.settle(() => readMeeting(bDoc).cardCount === 6);
      const store = createMeetingStore(a.doc);
      const before = store.getSnapshot().byId;
      expect(before.size).toBe(6);
      const ids = [...before.keys()];
      const maps = ['annulled', 'edited', 'texts', 'details', 'stars', 'edits', 'annulNotes'] as const;
      for (let round = 0; round < 4; round++) {
        bDoc.transact(() => {
          for (let n = 0; n < 6; n++) {
            const id = pick(rng, ids);
            const map = pick(rng, maps);
            const value = rng() < 0.2 ? new Y.Map() : pick(rng, junk);
            if (map === 'stars') starsOf(bDoc).set(`${id}|14DPR0456Y|beto`, value);
            else if (map === 'details' && detailsOf(bDoc).get(a.problem) instanceof Y.Map && rng() < 0.5)
              (detailsOf(bDoc).get(a.problem) as Y.Map<unknown>).set('apoyo', value);
            else bDoc.getMap(map).set(id, value);
          }
        });
        const target = Y.encodeStateVector(bDoc);
        await net.settle(() => Y.encodeStateVector(a.doc).toString() === target.toString());
        const live = store.getSnapshot();
        expect(live.cardCount).toBe(6);
        expect(live.invalid).toEqual({});
        for (const id of ids) expect(live.byId.get(id)?.text).toBe(before.get(id)?.text);
        expect(readMeeting(a.doc).cardCount).toBe(6);
      }
      // The junk did arrive and was counted, field by field.
      const fresh = readMeeting(a.doc);
      const counted = [...(['normas', 'lluvia', 'problematicas'] as const).map((p) => fresh.damagedIn(p)), fresh.damagedGeneral].flatMap(
        (c) => Object.values(c),
      );
      expect(counted.reduce((n, x) => n + (x ?? 0), 0)).toBeGreaterThan(0);
      store.destroy();
    });
  }
});
