// The school's presentation at the meeting, built from what it chose to share. Pure: the same
// records always give the same slides, in the order the guide suggests (activity 18).
// A slide must fit a projector (1280×720) and a printed landscape page without scrolling or
// cutting: its content is a list of items with an estimated height in lines, and what does not
// fit one slide continues on the next (the title repeats, marked "continuación").
import type { Evidence } from './evidence';
import type { Practice } from './practice';
import type { Plenaria } from './preparation';
import type { Problem } from './problem';

type SlideField =
  | 'teacher'
  | 'difficulty'
  | 'effective'
  | 'materials'
  | 'hard'
  | 'organization'
  | 'strategies'
  | 'interventions'
  | 'resources'
  | 'failedActions';

export type SlideItem =
  | { kind: 'field'; field: SlideField; text: string }
  | { kind: 'reason'; n: number; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'photos' };

/** Which piece of a long slide this is: 1 of 1 for most. */
export interface SlidePart {
  part: number;
  parts: number;
  items: SlideItem[];
}

export type Slide =
  | { kind: 'title'; school: string; cct: string; date: string }
  | ({ kind: 'purpose' } & SlidePart)
  | ({ kind: 'practice'; practice: Practice; evidences: Evidence[] } & SlidePart)
  | ({ kind: 'problem'; problem: Problem } & SlidePart)
  | ({ kind: 'progress' } & SlidePart)
  | ({ kind: 'support' } & SlidePart);

interface SlideInput {
  school: { name: string; cct: string };
  date: string;
  practices: Practice[];
  problems: Problem[];
  evidences: Evidence[];
  plenaria: Plenaria;
  supportHoped: string;
  /** Seed 000: the purpose the colectivo recovered in its own words (absent in older preparations). */
  purpose?: string;
}

/**
 * Measured on the slide CSS (slides.css): at 1280×720 a body line holds about 70 characters and
 * the body about 9 lines under a two-line title; a printed letter landscape page holds about 59
 * characters a line and 14 lines. The budget stays under both so nothing is ever cut.
 */
const CHARS_PER_LINE = 62;
/** Body lines of a slide with no title; each title line (larger type) takes 1.45 of them. */
export const BODY_LINES = 11.5;
const TITLE_CHARS_PER_LINE = 36;
const TITLE_LINE = 1.45;
/** The row of up to three photos, in body lines (max-height 18vh on screen, 1.8in on paper). */
const PHOTO_LINES = 3.6;
/** A paragraph's margins (0.25em each side), and the reasons' heading with its list's margins. */
const PARAGRAPH_GAP = 0.4;
const REASONS_HEADING = 1.8;
const LABEL_CHARS: Record<SlideField, number> = {
  teacher: 8,
  difficulty: 42,
  effective: 33,
  materials: 30,
  hard: 33,
  organization: 13,
  strategies: 12,
  interventions: 23,
  resources: 23,
  failedActions: 37,
};

function textLines(chars: number): number {
  return Math.max(1, Math.ceil(chars / CHARS_PER_LINE));
}

export function itemLines(item: SlideItem): number {
  switch (item.kind) {
    case 'field':
      return textLines(LABEL_CHARS[item.field] + 2 + item.text.length) + PARAGRAPH_GAP;
    case 'reason':
      return textLines(4 + item.text.length);
    case 'text':
      return textLines(item.text.length) + PARAGRAPH_GAP;
    case 'photos':
      return PHOTO_LINES;
  }
}

/** What is left for the body under a title. */
function budgetFor(title: string): number {
  return BODY_LINES - TITLE_LINE * Math.max(1, Math.ceil(title.length / TITLE_CHARS_PER_LINE));
}

/**
 * Items in order onto as few slides as fit the budget. An item taller than a whole slide (a very
 * long text) gets a slide of its own rather than being cut; "reasons" carry their heading.
 */
export function paginate(items: SlideItem[], first: number, rest: number = first): SlideItem[][] {
  const pages: SlideItem[][] = [];
  let page: SlideItem[] = [];
  let used = 0;
  let headingOn = false;
  for (const item of items) {
    const heading = (open: boolean) => (item.kind === 'reason' && !open ? REASONS_HEADING : 0);
    let lines = itemLines(item) + heading(headingOn);
    if (page.length > 0 && used + lines > (pages.length === 0 ? first : rest)) {
      pages.push(page);
      page = [];
      used = 0;
      headingOn = false;
      lines = itemLines(item) + heading(false);
    }
    used += lines;
    if (item.kind === 'reason') headingOn = true;
    page.push(item);
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

function field(fieldName: SlideField, text: string): SlideItem[] {
  return text.trim() ? [{ kind: 'field', field: fieldName, text: text.trim() }] : [];
}

function parts<T extends object>(base: T, title: string, items: SlideItem[]): (T & SlidePart)[] {
  // A continuation's title is longer (" (continuación)"), so its slides may hold less.
  const pages = paginate(items, budgetFor(title), budgetFor(`${title} (continuación)`));
  return pages.map((page, i) => ({ ...base, part: i + 1, parts: pages.length, items: page }));
}

export function buildSlides(input: SlideInput): Slide[] {
  const slides: Slide[] = [{ kind: 'title', school: input.school.name, cct: input.school.cct, date: input.date }];
  // Seed 000: the school says first what it came for, as it wrote it before preparing the rest.
  const purpose = input.purpose?.trim() ?? '';
  if (purpose) slides.push(...parts({ kind: 'purpose' as const }, '', [{ kind: 'text', text: purpose }]));
  for (const practice of input.practices) {
    const evidences = input.evidences.filter((e) => e.practiceIds.includes(practice.id));
    const items: SlideItem[] = [
      ...field('teacher', [practice.teacherName, practice.gradeGroup].filter(Boolean).join(' · ')),
      ...field('difficulty', practice.difficulty),
      ...practice.reasons.filter((r) => r.trim()).map((text, i): SlideItem => ({ kind: 'reason', n: i + 1, text: text.trim() })),
      ...(evidences.length > 0 ? [{ kind: 'photos' } as const] : []),
    ];
    slides.push(...parts({ kind: 'practice' as const, practice, evidences }, practice.title, items));
  }
  const { effectivePractices, materials, hardContents } = input.plenaria;
  const progress = [...field('effective', effectivePractices), ...field('materials', materials), ...field('hard', hardContents)];
  if (progress.length > 0) slides.push(...parts({ kind: 'progress' as const }, '', progress));
  for (const problem of input.problems) {
    const items = [
      ...field('organization', problem.organization),
      ...field('strategies', problem.strategies),
      ...field('interventions', problem.interventions),
      ...field('resources', problem.resources),
      ...field('failedActions', problem.failedActions),
    ];
    slides.push(...parts({ kind: 'problem' as const, problem }, problem.content, items));
  }
  const support = [input.plenaria.supportRequested, input.supportHoped].map((s) => s.trim()).filter(Boolean);
  if (support.length > 0)
    slides.push(
      ...parts(
        { kind: 'support' as const },
        '',
        support.map((text): SlideItem => ({ kind: 'text', text })),
      ),
    );
  return slides;
}
