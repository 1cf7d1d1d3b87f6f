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

export function emptyProblem(sessionId = ''): ProblemDraft {
  return {
    sessionId,
    content: '',
    gradeGroup: '',
    organization: '',
    strategies: '',
    interventions: '',
    resources: '',
    failedActions: '',
    supportRequested: '',
    presentAtMeeting: false,
  };
}

export function validateProblem(d: ProblemDraft): ProblemErrors {
  const e: ProblemErrors = {};
  if (!d.sessionId) e.sessionId = 'required';
  if (!d.content.trim()) e.content = 'required';
  if (!d.failedActions.trim()) e.failedActions = 'required';
  return e;
}

export function cleanProblem(d: ProblemDraft): ProblemDraft {
  const out = { ...d };
  for (const k of [
    'content',
    'gradeGroup',
    'organization',
    'strategies',
    'interventions',
    'resources',
    'failedActions',
    'supportRequested',
  ] as const) {
    out[k] = d[k].trim();
  }
  return out;
}

export function problemWords(d: ProblemDraft): string[] {
  return searchWords(
    d.content,
    d.gradeGroup,
    d.organization,
    d.strategies,
    d.interventions,
    d.resources,
    d.failedActions,
    d.supportRequested,
  );
}
