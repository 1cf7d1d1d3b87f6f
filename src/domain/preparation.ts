// "Preparar el encuentro": the second CTE session's path to the inter-school meeting, as one
// record per session. Pure types and rules; the guide's questions live in src/i18n/prepare.ts.

export const PREP_STEPS = ['individual', 'grupos', 'plenaria', 'compartir'] as const;
export type PrepStep = (typeof PREP_STEPS)[number];

/** What the teachers of one grade or subject found when they compared their prácticas. */
export interface GroupComparison {
  /** Normalized grade/subject key (see gradeKey in domain/practice). */
  key: string;
  label: string;
  similarities: string;
  differences: string;
  supportProblems: string;
}

/** The plenaria's agreements: they become the session's acuerdos, ready for the meeting. */
export interface Plenaria {
  effectivePractices: string;
  materials: string;
  hardContents: string;
  supportRequested: string;
}

/** What the school will share at the meeting, and the support it hopes to find. */
export interface ShareSelection {
  practiceIds: string[];
  problemIds: string[];
  evidenceIds: string[];
  supportHoped: string;
  /**
   * Seed 000, activity 2: the purpose of these meetings, recovered in the colectivo's own words
   * before it prepares the presentation. Absent in preparations saved before it existed.
   */
  purpose?: string;
}

export interface Preparation {
  /** One preparation per session: the session id. */
  id: string;
  done: Record<PrepStep, boolean>;
  groups: GroupComparison[];
  plenaria: Plenaria;
  share: ShareSelection;
  createdAt: number;
  updatedAt: number;
}

export function emptyPreparation(sessionId: string, now: number): Preparation {
  return {
    id: sessionId,
    done: { individual: false, grupos: false, plenaria: false, compartir: false },
    groups: [],
    plenaria: { effectivePractices: '', materials: '', hardContents: '', supportRequested: '' },
    share: { practiceIds: [], problemIds: [], evidenceIds: [], supportHoped: '', purpose: '' },
    createdAt: now,
    updatedAt: now,
  };
}

export function progressOf(p: Preparation): { done: number; total: number } {
  return { done: PREP_STEPS.filter((s) => p.done[s]).length, total: PREP_STEPS.length };
}

/** The first step not yet done: where "Continuar" takes a teacher who comes back later. */
export function nextStep(p: Preparation): PrepStep {
  return PREP_STEPS.find((s) => !p.done[s]) ?? 'compartir';
}

export function plenariaIsEmpty(p: Plenaria): boolean {
  return !p.effectivePractices.trim() && !p.materials.trim() && !p.hardContents.trim() && !p.supportRequested.trim();
}

/**
 * Groups the prácticas by grade or subject, keeping what the group already wrote. `noGrade` names
 * the group of prácticas without one (the domain knows no language: i18n/prepare gives it).
 */
export function groupsFor(
  practices: { gradeGroup: string }[],
  keyOf: (g: string) => string,
  saved: GroupComparison[],
  noGrade: string,
): GroupComparison[] {
  const out = new Map<string, GroupComparison>();
  for (const p of practices) {
    const key = keyOf(p.gradeGroup) || 'sin-grado';
    if (!out.has(key)) {
      const prior = saved.find((g) => g.key === key);
      out.set(key, prior ?? { key, label: p.gradeGroup || noGrade, similarities: '', differences: '', supportProblems: '' });
    }
  }
  return [...out.values()].sort((a, b) => a.label.localeCompare(b.label, 'es'));
}

/** Whether the colectivo has recovered the purpose of the meeting (seed 000) before its presentation. */
export function purposeRecovered(share: ShareSelection): boolean {
  return !!share.purpose?.trim();
}
