// The stored shape of each entry: the domain record plus the index-only fields derived from it
// (search words, normalized keys, 0/1 flags). Derived here, in one place, on every write.
import type { Commitment } from '../domain/commitment';
import type { Evidence } from '../domain/evidence';
import { gradeKey, practiceWords, type Practice } from '../domain/practice';
import type { Problem } from '../domain/problem';
import { flag, indexWords } from '../domain/record';
import { commitmentWords } from '../domain/commitment';
import { evidenceWords } from '../domain/evidence';
import { problemWords } from '../domain/problem';

export type PracticeRow = Practice & { words: string[]; gradeKey: string; share: 0 | 1 };
export type EvidenceRow = Evidence & { words: string[]; groupKey: string };
export type ProblemRow = Problem & { words: string[]; gradeKey: string; present: 0 | 1 };
export type CommitmentRow = Commitment & { words: string[] };

export function practiceRow(p: Practice): PracticeRow {
  return { ...p, words: indexWords(practiceWords(p)), gradeKey: gradeKey(p.gradeGroup), share: flag(p.shareNext) };
}

export function evidenceRow(e: Evidence): EvidenceRow {
  return { ...e, words: indexWords(evidenceWords(e)), groupKey: gradeKey(e.group) };
}

export function problemRow(p: Problem): ProblemRow {
  return { ...p, words: indexWords(problemWords(p)), gradeKey: gradeKey(p.gradeGroup), present: flag(p.presentAtMeeting) };
}

export function commitmentRow(c: Commitment): CommitmentRow {
  return { ...c, words: indexWords(commitmentWords(c)) };
}

/** What the history keeps: the record without its index-only fields. */
export function snapshotOf<T extends object>(row: T): Omit<T, 'words' | 'gradeKey' | 'groupKey' | 'share' | 'present'> {
  const { words: _w, gradeKey: _g, groupKey: _k, share: _s, present: _p, ...rest } = row as T & Record<string, unknown>;
  return rest as Omit<T, 'words' | 'gradeKey' | 'groupKey' | 'share' | 'present'>;
}
