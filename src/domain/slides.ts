// The school's presentation at the meeting, built from what it chose to share. Pure: the same
// records always give the same slides, in the order the guide suggests (activity 18).
import type { Evidence } from './evidence';
import type { Practice } from './practice';
import type { Plenaria } from './preparation';
import type { Problem } from './problem';

export type Slide =
  | { kind: 'title'; school: string; cct: string; date: string }
  | { kind: 'practice'; practice: Practice; evidences: Evidence[] }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'progress'; plenaria: Plenaria }
  | { kind: 'support'; text: string[] };

export interface SlideInput {
  school: { name: string; cct: string };
  date: string;
  practices: Practice[];
  problems: Problem[];
  evidences: Evidence[];
  plenaria: Plenaria;
  supportHoped: string;
}

export function buildSlides(input: SlideInput): Slide[] {
  const slides: Slide[] = [{ kind: 'title', school: input.school.name, cct: input.school.cct, date: input.date }];
  for (const practice of input.practices) {
    slides.push({ kind: 'practice', practice, evidences: input.evidences.filter((e) => e.practiceIds.includes(practice.id)) });
  }
  const { effectivePractices, materials, hardContents } = input.plenaria;
  if (effectivePractices.trim() || materials.trim() || hardContents.trim()) slides.push({ kind: 'progress', plenaria: input.plenaria });
  for (const problem of input.problems) slides.push({ kind: 'problem', problem });
  const support = [input.plenaria.supportRequested, input.supportHoped].map((s) => s.trim()).filter(Boolean);
  if (support.length > 0) slides.push({ kind: 'support', text: support });
  return slides;
}
