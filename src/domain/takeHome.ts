// "Llevar a mi bitácora": what a school takes from a meeting into its own records, with a link
// back to the meeting and card. Pure: the same cards always give the same drafts. Each record
// arrives as complete as the card allows; what only the school can add (a práctica's three
// reasons once it has been tried, a conclusion's date and follow-up) is listed by
// missingForRecord so its page asks for it.
import { emptyCommitment, validateCommitment, type CommitmentDraft } from './commitment';
import type { CardOf } from './meeting';
import { emptyPractice, validatePractice, type PracticeDraft } from './practice';
import type { Origin } from './record';
import type { Teacher } from './school';
import { normalizeForSearch } from './text';

export type TakeHomeItem =
  | { kind: 'commitment'; card: CardOf<'compromiso'> }
  | { kind: 'conclusion'; card: CardOf<'conclusion'> }
  | { kind: 'aportacion'; card: CardOf<'aportacion'>; problem: CardOf<'problematica'> }
  | { kind: 'observation'; card: CardOf<'observacion'>; problem: CardOf<'problematica'> | null };

export type TakeHomeDraft =
  { target: 'commitment'; draft: CommitmentDraft; origin: Origin } | { target: 'practice'; draft: PracticeDraft; origin: Origin };

export const targetOf = (item: TakeHomeItem): TakeHomeDraft['target'] => (item.kind === 'aportacion' ? 'practice' : 'commitment');

function originOf(meetingId: string, cardId: string): Origin {
  return { kind: 'meeting', meetingId, cardId };
}

/** The school's teacher with this name (accents, case and spacing ignored), if any. */
function teacherNamed(teachers: readonly Teacher[], name: string): Teacher | undefined {
  const key = normalizeForSearch(name).replace(/\s+/g, ' ').trim();
  return key ? teachers.find((t) => normalizeForSearch(t.name).replace(/\s+/g, ' ').trim() === key) : undefined;
}

function commitmentFromCard(card: CardOf<'compromiso'>, sessionId: string, teachers: readonly Teacher[]): CommitmentDraft {
  const who = card.responsible ?? '';
  const teacher = teacherNamed(teachers, who);
  return {
    sessionId,
    statement: card.text,
    // A person of the school's profile becomes "Un docente"; any other name (a team, a teacher
    // not in the profile) is kept as written.
    responsibleKind: teacher ? 'docente' : who ? 'equipo' : 'escuela',
    responsibleTeacherId: teacher?.id ?? '',
    responsibleName: teacher?.name ?? who,
    dueDate: card.dueDate ?? '',
    mechanism: card.showResults ?? '',
    instrument: '',
  };
}

/**
 * The words a record brought from a meeting is written with. The domain knows no language: the
 * caller passes them (i18n/takeHome's `takeHomeWording` in Spanish).
 */
export interface TakeHomeWording {
  /** Where the record comes from, e.g. the meeting's name in words. */
  from: (meetingName: string) => string;
  observation: (teacher: string, school: string, problem: string | undefined) => string;
  observationMechanism: string;
  proposal: (author: string, school: string, from: string, text: string) => string;
  attribution: (author: string, school: string, from: string) => string;
}

export function toDraft(
  item: TakeHomeItem,
  meetingId: string,
  sessionId: string,
  meetingName: string,
  wording: TakeHomeWording,
  teachers: readonly Teacher[] = [],
): TakeHomeDraft {
  const origin = originOf(meetingId, item.card.id);
  const from = wording.from(meetingName);
  switch (item.kind) {
    case 'commitment':
      return { target: 'commitment', origin, draft: commitmentFromCard(item.card, sessionId, teachers) };
    case 'conclusion':
      // Activity 16: the conclusions become the commitments the schools will keep; the school
      // sets its own date and how it will show results (its page asks for them).
      return {
        target: 'commitment',
        origin,
        draft: { ...emptyCommitment(sessionId), statement: item.card.text, responsibleKind: 'escuela' },
      };
    case 'observation': {
      const teacher = teacherNamed(teachers, item.card.teacher);
      return {
        target: 'commitment',
        origin,
        draft: {
          sessionId,
          statement: wording.observation(item.card.teacher, item.card.teacherSchool.name, item.problem?.text),
          responsibleKind: 'docente',
          responsibleTeacherId: teacher?.id ?? '',
          responsibleName: teacher?.name ?? item.card.teacher,
          dueDate: '',
          mechanism: wording.observationMechanism,
          instrument: item.card.text,
        },
      };
    }
    case 'aportacion':
      // An aportación is an idea to try: every field it can fill is filled; the three reasons it
      // works are written once it has been tried (the práctica may be saved without them meanwhile).
      return {
        target: 'practice',
        origin,
        draft: {
          ...emptyPractice(sessionId),
          title: item.card.text.slice(0, 120),
          description: wording.proposal(item.card.author, item.card.school.name, from, item.card.text),
          teacherName: item.card.author,
          difficulty: item.problem.text,
          attribution: wording.attribution(item.card.author, item.card.school.name, from),
          assessment: 'fortalecer',
        },
      };
  }
}

/** What a record brought from a meeting still lacks (field names of its validator); empty when complete. */
export function missingForRecord(d: TakeHomeDraft): string[] {
  return Object.keys(d.target === 'practice' ? validatePractice(d.draft) : validateCommitment(d.draft));
}
