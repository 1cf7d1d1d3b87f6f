import { describe, expect, it } from 'vitest';
import { emptyPreparation, groupsFor, nextStep, plenariaIsEmpty, progressOf } from '../../src/domain/preparation';
import { gradeKey } from '../../src/domain/practice';
import { buildSlides } from '../../src/domain/slides';
import type { Practice } from '../../src/domain/practice';
import type { Problem } from '../../src/domain/problem';
import type { Evidence } from '../../src/domain/evidence';

describe('preparation', () => {
  it('resumes at the first step not done and counts progress', () => {
    const p = emptyPreparation('s1', 0);
    expect(nextStep(p)).toBe('individual');
    expect(progressOf(p)).toEqual({ done: 0, total: 4 });
    p.done.individual = true;
    p.done.grupos = true;
    expect(nextStep(p)).toBe('plenaria');
    expect(progressOf(p)).toEqual({ done: 2, total: 4 });
  });
  it('groups prácticas by grade, keeping what a group already wrote', () => {
    const saved = [{ key: '3a', label: '3° A', similarities: 'Ambas usan material concreto', differences: '', supportProblems: '' }];
    const groups = groupsFor([{ gradeGroup: '3° A' }, { gradeGroup: '3°a' }, { gradeGroup: 'Matemáticas' }, { gradeGroup: '' }], gradeKey, saved);
    expect(groups.map((g) => g.label)).toEqual(['3° A', 'Matemáticas', 'Sin grado o asignatura']);
    expect(groups[0]!.similarities).toBe('Ambas usan material concreto');
  });
  it('knows an empty plenaria', () => {
    expect(plenariaIsEmpty(emptyPreparation('s', 0).plenaria)).toBe(true);
    expect(plenariaIsEmpty({ effectivePractices: ' ', materials: 'Regletas', hardContents: '', supportRequested: '' })).toBe(false);
  });
});

describe('slides', () => {
  const practice = { id: 'p1', title: 'Círculo de lectura', reasons: ['a', 'b', 'c'] } as Practice;
  const problem = { id: 'q1', content: 'Fracciones' } as Problem;
  const evidence = { id: 'e1', practiceIds: ['p1'] } as Evidence;
  it('follow the guide: title, prácticas with their evidence, avances, problemáticas, support', () => {
    const slides = buildSlides({
      school: { name: 'Escuela', cct: '14DPR0123X' },
      date: '2018-11-09',
      practices: [practice],
      problems: [problem],
      evidences: [evidence, { id: 'e2', practiceIds: ['otra'] } as Evidence],
      plenaria: { effectivePractices: 'Lectura', materials: '', hardContents: '', supportRequested: 'Asesoría' },
      supportHoped: 'Ideas para fracciones',
    });
    expect(slides.map((s) => s.kind)).toEqual(['title', 'practice', 'progress', 'problem', 'support']);
    expect(slides[1]).toMatchObject({ kind: 'practice', evidences: [evidence] });
    expect(slides[4]).toEqual({ kind: 'support', part: 1, parts: 1, items: [{ kind: 'text', text: 'Asesoría' }, { kind: 'text', text: 'Ideas para fracciones' }] });
  });
  it('leave out slides with nothing to say', () => {
    const slides = buildSlides({ school: { name: 'E', cct: 'C' }, date: '2018-11-09', practices: [], problems: [], evidences: [], plenaria: emptyPreparation('s', 0).plenaria, supportHoped: ' ' });
    expect(slides.map((s) => s.kind)).toEqual(['title']);
  });
});
