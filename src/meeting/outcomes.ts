// What a school can take home from a meeting into its bitácora ("Llevar a mi bitácora", built on
// top of this later): validated domain objects with stable card ids, so an import can link back
// to the meeting and card and never duplicate.
import type { CardOf } from '../domain/meeting';
import type { MeetingSnapshot } from './snapshot';

export interface MeetingOutcomes {
  meetingId: string | null;
  commitments: CardOf<'compromiso'>[];
  /** The conclusions panel: they become the commitments the schools will keep (guide, activity 16). */
  conclusions: CardOf<'conclusion'>[];
  /** Aportaciones grouped under the problemática they answer, most starred first. */
  proposals: { problem: CardOf<'problematica'>; aportaciones: CardOf<'aportacion'>[] }[];
  observationPlan: { observation: CardOf<'observacion'>; problem: CardOf<'problematica'> | null }[];
}

/** Annulled cards are history, not outcomes: they are left out. */
export function listMeetingOutcomes(s: MeetingSnapshot): MeetingOutcomes {
  const live = <T extends { annulled: boolean }>(cards: T[]) => cards.filter((c) => !c.annulled);
  const problems = live(s.byKind.problematica);
  const problemById = new Map(problems.map((p) => [p.id, p]));
  return {
    meetingId: s.meta?.id ?? null,
    commitments: live(s.byKind.compromiso),
    // Answers to the three questions (activity 14) lead to the conclusions; they are not commitments.
    conclusions: live(s.byKind.conclusion).filter((c) => !c.question),
    proposals: problems.map((problem) => ({
      problem,
      aportaciones: live(s.byKind.aportacion)
        .filter((a) => a.parentId === problem.id)
        .sort((a, b) => b.stars.length - a.stars.length),
    })),
    observationPlan: live(s.byKind.observacion).map((observation) => ({
      observation,
      problem: problemById.get(observation.problemId) ?? null,
    })),
  };
}
