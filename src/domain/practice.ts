// Prácticas educativas: what a teacher did in class that works, with the three reasons the SEP
// guide asks for. Pure rules, no storage.
import type { RecordMeta } from './record';
import { normalizeForSearch, searchWords } from './text';

export const ASSESSMENTS = ['favorece', 'fortalecer', 'modificar'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export interface PracticeDraft {
  sessionId: string;
  title: string;
  description: string;
  /** Teacher id from the school profile; the name is copied so the entry reads the same later. */
  teacherId: string;
  teacherName: string;
  /** Grade and group, or subject. */
  gradeGroup: string;
  difficulty: string;
  materials: string;
  reasons: [string, string, string];
  unsolved: string;
  attribution: string;
  assessment: Assessment;
  shareNext: boolean;
}

export type Practice = PracticeDraft & RecordMeta;

export type PracticeField =
  'sessionId' | 'title' | 'description' | 'teacherId' | 'difficulty' | 'reason0' | 'reason1' | 'reason2' | 'assessment';
export type PracticeErrors = Partial<Record<PracticeField, 'required'>>;

export function emptyPractice(sessionId = ''): PracticeDraft {
  return {
    sessionId,
    title: '',
    description: '',
    teacherId: '',
    teacherName: '',
    gradeGroup: '',
    difficulty: '',
    materials: '',
    reasons: ['', '', ''],
    unsolved: '',
    attribution: '',
    assessment: 'favorece',
    shareNext: false,
  };
}

/**
 * reasonsLater: a práctica brought from a meeting (an idea another school proposed) may be saved
 * before it has been tried, without its three reasons; its page keeps asking for them.
 */
export function validatePractice(d: PracticeDraft, options: { reasonsLater?: boolean } = {}): PracticeErrors {
  const e: PracticeErrors = {};
  if (!d.sessionId) e.sessionId = 'required';
  if (!d.title.trim()) e.title = 'required';
  if (!d.description.trim()) e.description = 'required';
  if (!d.teacherId && !d.teacherName.trim()) e.teacherId = 'required';
  if (!d.difficulty.trim()) e.difficulty = 'required';
  const noReasons = d.reasons.every((r) => !r.trim());
  // Partly written reasons are finished before saving; none at all may wait (reasonsLater).
  if (!(options.reasonsLater && noReasons)) {
    d.reasons.forEach((r, i) => {
      if (!r.trim()) e[`reason${i}` as 'reason0'] = 'required';
    });
  }
  if (!(ASSESSMENTS as readonly string[]).includes(d.assessment)) e.assessment = 'required';
  return e;
}

export function cleanPractice(d: PracticeDraft): PracticeDraft {
  return {
    ...d,
    title: d.title.trim(),
    description: d.description.trim(),
    teacherName: d.teacherName.trim(),
    gradeGroup: d.gradeGroup.trim(),
    difficulty: d.difficulty.trim(),
    materials: d.materials.trim(),
    reasons: [d.reasons[0].trim(), d.reasons[1].trim(), d.reasons[2].trim()],
    unsolved: d.unsolved.trim(),
    attribution: d.attribution.trim(),
  };
}

export function practiceWords(d: PracticeDraft): string[] {
  return searchWords(
    d.title,
    d.description,
    d.teacherName,
    d.gradeGroup,
    d.difficulty,
    d.materials,
    ...d.reasons,
    d.unsolved,
    d.attribution,
  );
}

/** "3° A", "3°A" and "3 a" filter together. */
export function gradeKey(gradeGroup: string): string {
  return normalizeForSearch(gradeGroup).replace(/[^a-z0-9]/g, '');
}
