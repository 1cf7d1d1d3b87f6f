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
  /**
   * Seed 000, activity 2: grades the colectivo compares together (a primaria with one group per
   * grade has no colleague of the same grade). Each entry lists grade keys; absent = none joined.
   */
  joined?: string[][];
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

/** The comparison group of a grade: the joined set it belongs to ("1+2"), or the grade itself. */
export function groupKeyOf(grade: string, joined: readonly (readonly string[])[] = []): string {
  const set = joined.find((j) => j.length > 1 && j.includes(grade));
  return set ? [...set].sort().join('+') : grade;
}

/**
 * Groups the prácticas by grade or subject, keeping what the group already wrote; grades joined
 * for the comparison form one group named after all of them. `noGrade` names the group of
 * prácticas without one (the domain knows no language: i18n/prepare gives it).
 */
export function groupsFor(
  practices: { gradeGroup: string }[],
  keyOf: (g: string) => string,
  saved: GroupComparison[],
  noGrade: string,
  joined: readonly (readonly string[])[] = [],
): GroupComparison[] {
  // One name per grade (the first spelling seen), then one group per joined set or lone grade.
  const labels = new Map<string, string[]>();
  for (const grade of gradesOf(practices, keyOf, noGrade)) {
    const key = groupKeyOf(grade.key, joined);
    labels.set(key, [...(labels.get(key) ?? []), grade.label]);
  }
  const out = [...labels].map(([key, names]) => {
    const prior = saved.find((g) => g.key === key);
    const label = names.length > 1 ? names.join(', ') : (prior?.label ?? names[0]!);
    return prior ? { ...prior, label } : { key, label, similarities: '', differences: '', supportProblems: '' };
  });
  return out.sort((a, b) => a.label.localeCompare(b.label, 'es'));
}

/** The grades present, each once (keys and a label), for choosing which to compare together. */
export function gradesOf(
  practices: { gradeGroup: string }[],
  keyOf: (g: string) => string,
  noGrade: string,
): { key: string; label: string }[] {
  const out = new Map<string, string>();
  for (const p of practices) {
    const key = keyOf(p.gradeGroup) || 'sin-grado';
    if (!out.has(key)) out.set(key, p.gradeGroup || noGrade);
  }
  return [...out].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label, 'es'));
}

/** Joins the chosen grades into one comparison group (leaving any group they were in). */
export function joinGrades(joined: readonly (readonly string[])[], grades: readonly string[]): string[][] {
  const chosen = new Set(grades);
  const rest = joined.map((j) => j.filter((g) => !chosen.has(g))).filter((j) => j.length > 1);
  return chosen.size > 1 ? [...rest, [...chosen].sort()] : rest;
}

/** Compares the grades of one joined group separately again. */
export function splitGroup(joined: readonly (readonly string[])[], groupKey: string): string[][] {
  return joined.filter((j) => [...j].sort().join('+') !== groupKey).map((j) => [...j]);
}

/** Whether the colectivo has recovered the purpose of the meeting (seed 000) before its presentation. */
export function purposeRecovered(share: ShareSelection): boolean {
  return !!share.purpose?.trim();
}

/** Step 2 as it is being worked on, and as its draft keeps it: what was written and which grades go together. */
export interface GroupsWork {
  groups: GroupComparison[];
  joined: string[][];
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isGroup = (v: unknown): v is GroupComparison => {
  const g = v as Record<string, unknown> | null;
  return !!g && typeof g === 'object' && [g.key, g.label, g.similarities, g.differences, g.supportProblems].every(isText);
};
const isJoined = (v: unknown): v is string[][] => Array.isArray(v) && v.every((j) => Array.isArray(j) && j.every(isText));

/**
 * A kept draft of step 2, read back (the device's own store, still checked: an older version
 * wrote it). Drafts from before the grouping was part of them hold only the groups: the grouping
 * then stays as saved. Anything else is no draft (null).
 */
export function groupsWorkOf(value: unknown, savedJoined: string[][]): GroupsWork | null {
  if (Array.isArray(value)) return value.every(isGroup) ? { groups: value, joined: savedJoined } : null;
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.groups) || !v.groups.every(isGroup) || !isJoined(v.joined)) return null;
  return { groups: v.groups, joined: v.joined };
}
