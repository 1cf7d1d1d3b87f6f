// Problemáticas: the content or skill that, despite a didactic treatment, has not given the
// expected results, and the support the school asks for. Pure rules, no storage.
import type { RecordMeta } from './record';
import { searchWords } from './text';

export interface ProblemDraft {
  sessionId: string;
  /** Contenido programático o habilidad de mayor complejidad. */
  content: string;
  gradeGroup: string;
  organization: string;
  strategies: string;
  interventions: string;
  resources: string;
  failedActions: string;
  supportRequested: string;
  presentAtMeeting: boolean;
}

export type Problem = ProblemDraft & RecordMeta;

export type ProblemField = 'sessionId' | 'content' | 'failedActions';
export type ProblemErrors = Partial<Record<ProblemField, 'required'>>;

/** Every text field of a problemática, in the order it is written (and searched). */
const TEXT_FIELDS = [
  'content',
  'gradeGroup',
  'organization',
  'strategies',
  'interventions',
  'resources',
  'failedActions',
  'supportRequested',
] as const satisfies readonly (keyof ProblemDraft)[];

function withTexts(
  d: Pick<ProblemDraft, 'sessionId' | 'presentAtMeeting'>,
  text: (k: (typeof TEXT_FIELDS)[number]) => string,
): ProblemDraft {
  return { ...d, ...(Object.fromEntries(TEXT_FIELDS.map((k) => [k, text(k)])) as Record<(typeof TEXT_FIELDS)[number], string>) };
}

export function emptyProblem(sessionId = ''): ProblemDraft {
  return withTexts({ sessionId, presentAtMeeting: false }, () => '');
}

export function validateProblem(d: ProblemDraft): ProblemErrors {
  const e: ProblemErrors = {};
  if (!d.sessionId) e.sessionId = 'required';
  if (!d.content.trim()) e.content = 'required';
  if (!d.failedActions.trim()) e.failedActions = 'required';
  return e;
}

export function cleanProblem(d: ProblemDraft): ProblemDraft {
  return { ...d, ...withTexts(d, (k) => d[k].trim()) };
}

export function problemWords(d: ProblemDraft): string[] {
  return searchWords(...TEXT_FIELDS.map((k) => d[k]));
}
