// M5 and M14 (docs/SYNC.md): one star per person per card, and a budget of stars per person for the
// aportaciones, set by the coordination; two devices of one person merging past the budget agree
// on which stars count, and nothing is lost.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { voterKey } from '../../src/domain/meeting';
import { setCoordinator } from '../../src/meeting/roles';
import { addCard, publishProblem, toggleStar } from '../../src/meeting/model';
import { readMeeting } from '../../src/meeting/snapshot';
import { createMeetingStore } from '../../src/meeting/store';
import { starBudgetOf, starTimesOf } from '../../src/meeting/layout';
import { DEFAULT_STAR_BUDGET, readStarBudget, setStarBudget } from '../../src/meeting/stars';
import { comparableState } from '../helpers/comparableState';
import { ANA, BETO, codeOf, exchange, newMeetingDoc, problemDraft } from '../helpers/meetingFixtures';

const PROBLEM = problemDraft('Fracciones equivalentes');
const BETO_KEY = voterKey(BETO.school, BETO.author);

/** A meeting with one problemática and `n` aportaciones (ids in creation order). */
function withAportaciones(n: number): { doc: Y.Doc; problem: string; ids: string[] } {
  const doc = newMeetingDoc();
  const problem = publishProblem(doc, PROBLEM, ANA, 1);
  const ids = Array.from({ length: n }, (_, i) =>
    addCard(doc, { kind: 'aportacion', parentId: problem, aportacionKind: 'estrategia', text: `Idea ${i}` }, ANA, 10 + i, `apo-${i}`),
  );
  return { doc, problem, ids };
}

describe('stars with a budget (M5, M14)', () => {
  it('M14: three stars by default; the screen value says how many are left; a fourth is refused and writes nothing', () => {
    const { doc, problem, ids } = withAportaciones(5);
    expect(readMeeting(doc).starBudget).toBe(DEFAULT_STAR_BUDGET);
    expect(readMeeting(doc).starsLeft(BETO_KEY)).toBe(3);
    for (const [i, id] of ids.slice(0, 3).entries()) toggleStar(doc, id, BETO, 100 + i);
    expect(readMeeting(doc).starsLeft(BETO_KEY)).toBe(0);
    const before = Y.encodeStateVector(doc);
    expect(codeOf(() => toggleStar(doc, ids[3]!, BETO, 200))).toBe('noStarsLeft');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    // Problemáticas are outside the budget (it is for the aportaciones, activity 24).
    expect(toggleStar(doc, problem, BETO, 201)).toBe(true);
    // Taking one off gives it back.
    expect(toggleStar(doc, ids[0]!, BETO, 202)).toBe(false);
    expect(readMeeting(doc).starsLeft(BETO_KEY)).toBe(1);
    expect(toggleStar(doc, ids[3]!, BETO, 203)).toBe(true);
    expect(readMeeting(doc).byId.get(ids[3]!)?.stars).toEqual([BETO_KEY]);
  });

  it('M14: only the coordination sets the budget; the setting reaches the other device', () => {
    const { doc: a, ids } = withAportaciones(6);
    const b = new Y.Doc();
    exchange(a, b);
    expect(codeOf(() => setStarBudget(b, 5, BETO, 50))).toBe('notCoordinator');
    expect(codeOf(() => setStarBudget(a, 0, ANA, 50))).toBe('invalidMeta');
    expect(codeOf(() => setStarBudget(a, 21, ANA, 50))).toBe('invalidMeta');
    setStarBudget(a, 5, ANA, 50);
    exchange(a, b);
    expect(readMeeting(b).starBudget).toBe(5);
    for (const [i, id] of ids.slice(0, 5).entries()) toggleStar(b, id, BETO, 100 + i);
    expect(codeOf(() => toggleStar(b, ids[5]!, BETO, 200))).toBe('noStarsLeft');
    // A school the creator names coordinating may set it too (A7); the later setting wins.
    setCoordinator(a, BETO.school.cct, true, ANA, 60);
    exchange(a, b);
    setStarBudget(b, 2, BETO, 70);
    exchange(a, b);
    expect(readMeeting(a).starBudget).toBe(2);
    // Lowered under what was used: the earliest two count, nothing is deleted.
    const read = readMeeting(a);
    expect(read.starsLeft(BETO_KEY)).toBe(0);
    expect(ids.slice(0, 5).map((id) => read.byId.get(id)?.stars.length)).toEqual([1, 1, 0, 0, 0]);
    expect(ids.slice(0, 5).map((id) => read.byId.get(id)?.overStars ?? [])).toEqual([[], [], [BETO_KEY], [BETO_KEY], [BETO_KEY]]);
  });

  it('M14: two devices of one person star offline past the budget; merged, both agree the earliest count, the rest stay marked', () => {
    const { doc: a, ids } = withAportaciones(6);
    const b = new Y.Doc();
    exchange(a, b);
    // Beto on his phone (a) and on the school laptop (b), not connected: 3 stars each.
    toggleStar(a, ids[0]!, BETO, 1_000);
    toggleStar(b, ids[5]!, BETO, 1_500);
    toggleStar(a, ids[1]!, BETO, 2_000);
    toggleStar(b, ids[4]!, BETO, 2_500);
    toggleStar(a, ids[2]!, BETO, 3_000);
    toggleStar(b, ids[1]!, BETO, 3_500); // the same card from both devices: still one star (M5)
    exchange(a, b);
    for (const doc of [a, b]) {
      const s = readMeeting(doc);
      const counted = ids.filter((id) => s.byId.get(id)?.stars.includes(BETO_KEY));
      const over = ids.filter((id) => s.byId.get(id)?.overStars?.includes(BETO_KEY));
      // Stars by time: 0 (1000), 5 (1500), 1 (2000 or 3500, one key), 4 (2500), 2 (3000).
      expect(counted).toHaveLength(3);
      expect(counted).toContain(ids[0]);
      expect(counted).toContain(ids[5]);
      expect(over.length + counted.length).toBe(5);
      expect(s.starsLeft(BETO_KEY)).toBe(0);
    }
    expect(comparableState(readMeeting(a))).toEqual(comparableState(readMeeting(b)));
    // Nothing was lost: taking off a star that counts lets the next one count, on both devices.
    const before = readMeeting(a);
    const over = ids.filter((id) => before.byId.get(id)?.overStars?.includes(BETO_KEY));
    toggleStar(a, ids[0]!, BETO, 4_000);
    exchange(a, b);
    const after = readMeeting(b);
    expect(over.filter((id) => after.byId.get(id)?.stars.includes(BETO_KEY))).toHaveLength(1);
    expect(after.starsLeft(BETO_KEY)).toBe(0);
    expect(comparableState(readMeeting(a))).toEqual(comparableState(readMeeting(b)));
  });

  it('M14: the budget is per person; another person is not affected', () => {
    const { doc, ids } = withAportaciones(4);
    for (const [i, id] of ids.slice(0, 3).entries()) toggleStar(doc, id, BETO, 100 + i);
    expect(readMeeting(doc).starsLeft(voterKey(ANA.school, ANA.author))).toBe(3);
    expect(toggleStar(doc, ids[3]!, ANA, 200)).toBe(true);
    expect(toggleStar(doc, ids[3]!, { ...BETO, author: 'Dora Peña' }, 201)).toBe(true);
    expect(readMeeting(doc).byId.get(ids[3]!)?.stars).toHaveLength(2);
  });

  it('V4/M14: a forged or malformed budget and bad star times are ignored and counted', () => {
    const { doc, ids } = withAportaciones(4);
    setStarBudget(doc, 4, ANA, 50);
    const evil = new Y.Doc();
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(doc));
    // A device that never registered claims the coordinator's school; another writes nonsense.
    starBudgetOf(evil).set('x1', { budget: 20, at: 99, author: 'Ana Ruiz', schoolName: ANA.school.name, schoolCct: ANA.school.cct });
    starBudgetOf(evil).set('x2', { budget: 'muchas' });
    toggleStar(evil, ids[0]!, BETO, 100);
    starTimesOf(evil).set(`${ids[0]}|${BETO_KEY}`, 'ayer');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(evil));
    expect(readStarBudget(doc)).toEqual({ budget: 4, invalid: 2 });
    const s = readMeeting(doc);
    expect(s.starBudget).toBe(4);
    expect(s.damagedGeneral.stars).toBe(3);
    // The star with a bad time still counts (as the latest of its voter).
    expect(s.byId.get(ids[0]!)?.stars).toEqual([BETO_KEY]);
  });

  it("the cached view follows a merge that changes which of a person's stars count (store = fresh read)", () => {
    const { doc: a, ids } = withAportaciones(5);
    const b = new Y.Doc();
    exchange(a, b);
    const view = createMeetingStore(a);
    for (const [i, id] of ids.slice(0, 3).entries()) toggleStar(a, id, BETO, 2_000 + i);
    expect(view.getSnapshot().byId.get(ids[2]!)?.stars).toEqual([BETO_KEY]);
    // Earlier stars from the other device push the last one of this device over the budget.
    toggleStar(b, ids[3]!, BETO, 1_000);
    toggleStar(b, ids[4]!, BETO, 1_001);
    exchange(a, b);
    expect(comparableState(view.getSnapshot())).toEqual(comparableState(readMeeting(a)));
    expect(view.getSnapshot().byId.get(ids[1]!)?.overStars).toEqual([BETO_KEY]);
    setStarBudget(a, 5, ANA, 3_000);
    expect(comparableState(view.getSnapshot())).toEqual(comparableState(readMeeting(a)));
    expect(view.getSnapshot().byId.get(ids[1]!)?.overStars).toBeUndefined();
    view.destroy();
  });
});
