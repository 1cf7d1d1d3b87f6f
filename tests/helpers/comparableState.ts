// What "identical panel state" means in the convergence tests (C1): a plain, comparable form of a snapshot.
import { CARD_KINDS, PANELS } from '../../src/domain/meeting';
import type { MeetingSnapshot } from '../../src/meeting/snapshot';

/** The parts of a snapshot two converged devices must agree on. */
export function comparableState(s: MeetingSnapshot): unknown {
  return {
    meta: s.meta,
    schools: s.schools,
    byKind: Object.fromEntries(CARD_KINDS.map((k) => [k, s.byKind[k]])),
    invalid: s.invalid,
    damaged: Object.fromEntries(PANELS.map((p) => [p, s.damagedIn(p)])),
    damagedGeneral: s.damagedGeneral,
    creator: s.creator,
    timer: s.timer,
    starBudget: s.starBudget,
  };
}
