import { describe, expect, it } from 'vitest';
import {
  emptyPreparation,
  groupKeyOf,
  groupsFor,
  groupsWorkOf,
  joinGrades,
  nextStep,
  plenariaIsEmpty,
  progressOf,
  purposeRecovered,
  splitGroup,
} from '../../src/domain/preparation';
import { BACKUP_TABLES } from '../../src/backup/tables';
import { gradeKey } from '../../src/domain/practice';
import { BODY_LINES, buildSlides, itemLines, paginate } from '../../src/domain/slides';
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
    const groups = groupsFor(
      [{ gradeGroup: '3° A' }, { gradeGroup: '3°a' }, { gradeGroup: 'Matemáticas' }, { gradeGroup: '' }],
      gradeKey,
      saved,
      'Sin grado o asignatura',
    );
    expect(groups.map((g) => g.label)).toEqual(['3° A', 'Matemáticas', 'Sin grado o asignatura']);
    expect(groups[0]!.similarities).toBe('Ambas usan material concreto');
  });
  it('knows an empty plenaria', () => {
    expect(plenariaIsEmpty(emptyPreparation('s', 0).plenaria)).toBe(true);
    expect(plenariaIsEmpty({ effectivePractices: ' ', materials: 'Regletas', hardContents: '', supportRequested: '' })).toBe(false);
  });
});

describe('slides', () => {
  const practice = {
    id: 'p1',
    title: 'Círculo de lectura',
    reasons: ['a', 'b', 'c'],
    teacherName: 'María',
    gradeGroup: '3° A',
    difficulty: '',
  } as unknown as Practice;
  const problem = {
    id: 'q1',
    content: 'Fracciones',
    organization: '',
    strategies: 'Regletas',
    interventions: '',
    resources: '',
    failedActions: '',
  } as unknown as Problem;
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
    expect(slides[4]).toEqual({
      kind: 'support',
      part: 1,
      parts: 1,
      items: [
        { kind: 'text', text: 'Asesoría' },
        { kind: 'text', text: 'Ideas para fracciones' },
      ],
    });
  });
  it('leave out slides with nothing to say', () => {
    const slides = buildSlides({
      school: { name: 'E', cct: 'C' },
      date: '2018-11-09',
      practices: [],
      problems: [],
      evidences: [],
      plenaria: emptyPreparation('s', 0).plenaria,
      supportHoped: ' ',
    });
    expect(slides.map((s) => s.kind)).toEqual(['title']);
  });
  it('open with the purpose the colectivo recovered (seed 000), right after the title, when there is one', () => {
    const base = {
      school: { name: 'E', cct: 'C' },
      date: '2018-11-09',
      practices: [],
      problems: [],
      evidences: [],
      plenaria: { ...emptyPreparation('s', 0).plenaria, supportRequested: 'Asesoría' },
      supportHoped: '',
    };
    const slides = buildSlides({ ...base, purpose: '  Pedir ideas para enseñar fracciones ' });
    expect(slides.map((s) => s.kind)).toEqual(['title', 'purpose', 'support']);
    expect(slides[1]).toEqual({
      kind: 'purpose',
      part: 1,
      parts: 1,
      items: [{ kind: 'text', text: 'Pedir ideas para enseñar fracciones' }],
    });
    expect(buildSlides({ ...base, purpose: ' ' }).map((s) => s.kind)).toEqual(['title', 'support']);
    expect(buildSlides(base).map((s) => s.kind)).toEqual(['title', 'support']);
  });
  it('issue 16: a long práctica continues on the next slide, in order, nothing lost, the photos included', () => {
    const long = 'Los alumnos leen con más fluidez y lo registran cada semana en su cuaderno. '.repeat(3);
    const big = { ...practice, reasons: [long, long, long], difficulty: 'Comprensión lectora' } as Practice;
    const slides = buildSlides({
      school: { name: 'E', cct: 'C' },
      date: '2018-11-09',
      practices: [big],
      problems: [],
      evidences: [evidence],
      plenaria: emptyPreparation('s', 0).plenaria,
      supportHoped: '',
    });
    const parts = slides.filter((s) => s.kind === 'practice');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => [p.part, p.parts])).toEqual(parts.map((_, i) => [i + 1, parts.length]));
    const items = parts.flatMap((p) => p.items);
    expect(items.filter((i) => i.kind === 'reason').map((i) => i.n)).toEqual([1, 2, 3]);
    expect(items.filter((i) => i.kind === 'photos')).toHaveLength(1);
    for (const p of parts) expect(p.items.reduce((n, i) => n + itemLines(i), 0)).toBeLessThanOrEqual(BODY_LINES);
  });
  it('a short práctica stays on one slide', () => {
    const slides = buildSlides({
      school: { name: 'E', cct: 'C' },
      date: '2018-11-09',
      practices: [practice],
      problems: [],
      evidences: [evidence],
      plenaria: emptyPreparation('s', 0).plenaria,
      supportHoped: '',
    });
    expect(slides.filter((s) => s.kind === 'practice')).toHaveLength(1);
    expect(paginate([], 5)).toEqual([[]]);
  });
});

describe('recovering the purpose before the presentation (seed 000, activity 2)', () => {
  it('is recovered once the colectivo wrote it, not with blanks, and not in older preparations', () => {
    const prep = emptyPreparation('s1', 1);
    expect(purposeRecovered(prep.share)).toBe(false);
    expect(purposeRecovered({ ...prep.share, purpose: '   ' })).toBe(false);
    expect(purposeRecovered({ ...prep.share, purpose: 'Aprender de las escuelas que ya resolvieron la lectura' })).toBe(true);
    const { purpose: _dropped, ...older } = prep.share;
    expect(purposeRecovered(older)).toBe(false);
  });

  it("a backup's preparation is read with its purpose, and one saved before the purpose existed still is", () => {
    const schema = BACKUP_TABLES.preparations!.schema;
    const prep = emptyPreparation('s1', 1);
    const withPurpose = { ...prep, share: { ...prep.share, purpose: 'Pedir apoyo con fracciones' } };
    expect(schema.parse(withPurpose)).toMatchObject({ share: { purpose: 'Pedir apoyo con fracciones' } });
    const { purpose: _dropped, ...olderShare } = prep.share;
    expect(schema.safeParse({ ...prep, share: olderShare }).success).toBe(true);
    expect(schema.safeParse({ ...prep, share: { ...prep.share, purpose: 42 } }).success).toBe(false);
  });
});

describe('several grades compared as one group (seed 000, activity 2)', () => {
  const practices = [{ gradeGroup: '1° A' }, { gradeGroup: '2° A' }, { gradeGroup: '3° A' }, { gradeGroup: '1°A' }];

  it('joined grades form one group named after them; the others stay alone; what was written is kept', () => {
    const joined = joinGrades([], [gradeKey('2° A'), gradeKey('1° A')]);
    expect(joined).toEqual([['1a', '2a']]);
    const saved = [{ key: '1a+2a', label: 'x', similarities: 'Ambos leen en voz alta', differences: '', supportProblems: '' }];
    const groups = groupsFor(practices, gradeKey, saved, 'Sin grado', joined);
    expect(groups.map((g) => [g.key, g.label])).toEqual([
      ['1a+2a', '1° A, 2° A'],
      ['3a', '3° A'],
    ]);
    expect(groups[0]!.similarities).toBe('Ambos leen en voz alta');
    expect(groupKeyOf('1a', joined)).toBe('1a+2a');
    expect(groupKeyOf('3a', joined)).toBe('3a');
  });

  it('joining moves a grade out of its former group; splitting compares each grade alone again', () => {
    const first = joinGrades([], ['1a', '2a']);
    const moved = joinGrades(first, ['2a', '3a']);
    expect(moved).toEqual([['2a', '3a']]);
    expect(joinGrades(moved, ['3a'])).toEqual([]);
    expect(splitGroup(moved, '2a+3a')).toEqual([]);
    expect(groupsFor(practices, gradeKey, [], 'Sin grado', splitGroup(moved, '2a+3a')).map((g) => g.key)).toEqual(['1a', '2a', '3a']);
  });

  it("the step's draft keeps the grouping; an older draft (groups only) keeps the saved grouping; a bad one is no draft", () => {
    const group = { key: '1a+2a', label: '1° A, 2° A', similarities: 'Leen en voz alta', differences: '', supportProblems: '' };
    expect(groupsWorkOf({ groups: [group], joined: [['1a', '2a']] }, [])).toEqual({ groups: [group], joined: [['1a', '2a']] });
    expect(groupsWorkOf([group], [['1a', '2a']])).toEqual({ groups: [group], joined: [['1a', '2a']] });
    expect(groupsWorkOf({ groups: [group], joined: [['1a', 2]] }, [])).toBeNull();
    expect(groupsWorkOf({ groups: [{ ...group, similarities: null }], joined: [] }, [])).toBeNull();
    expect(groupsWorkOf({ joined: [] }, [])).toBeNull();
    expect(groupsWorkOf(null, [])).toBeNull();
  });
});
