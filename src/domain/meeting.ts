// The inter-school meeting ("Aprendizaje entre escuelas") as plain, validated domain objects.
// Everything read out of a meeting's Yjs document is checked against these schemas before the UI
// sees it: a peer's data is untrusted input. No Yjs here; src/meeting maps Y types to these shapes.
import { z } from 'zod';
import { isValidCct } from './school';

/** The panels of the meeting, in the order the guide works through them. */
export const PANELS = ['normas', 'lluvia', 'tabla', 'equipos', 'conclusiones', 'problematicas', 'observacion', 'compromisos'] as const;
export type PanelId = (typeof PANELS)[number];

export const CARD_KINDS = [
  'norma',
  'idea',
  'tabla',
  'equipo',
  'conclusion',
  'problematica',
  'aportacion',
  'observacion',
  'compromiso',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Which panel shows each kind of card (aportaciones hang under their problemática). */
export const PANEL_OF_KIND: Record<CardKind, PanelId> = {
  norma: 'normas',
  idea: 'lluvia',
  tabla: 'tabla',
  equipo: 'equipos',
  conclusion: 'conclusiones',
  problematica: 'problematicas',
  aportacion: 'problematicas',
  observacion: 'observacion',
  compromiso: 'compromisos',
};

export const TABLE_COLUMNS = ['practicadas', 'noPracticadas', 'razones'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/**
 * What a tabla card adds besides an idea of activity 7 (absent): a comment of the plenary after the
 * video, incorporated into a column (activity 11), or how to strengthen the ideas practised or not
 * (activity 8). Ids are the file format: add, never rename.
 */
export const TABLE_CONTRIBUTIONS = ['plenaria', 'fortalecer'] as const;
export type TableContribution = (typeof TABLE_CONTRIBUTIONS)[number];

export const TEAMS = [1, 2, 3, 4] as const;
export type Team = (typeof TEAMS)[number];

/** The moderator's questions of a team's worksheet (activities 28-29); ids are the file format. */
export const TEAM_PROMPTS = ['atendieron', 'dificultad', 'sinResultados', 'recursos', 'avances', 'evaluan', 'estrategias'] as const;
export type TeamPrompt = (typeof TEAM_PROMPTS)[number];

/** The three questions the group answers before its conclusions (activity 14); ids are the file format. */
export const GROUP_QUESTIONS = ['fortalecer', 'presentacion', 'aportar'] as const;
export type GroupQuestion = (typeof GROUP_QUESTIONS)[number];

export const APORTACION_KINDS = ['estrategia', 'pregunta'] as const;
export type AportacionKind = (typeof APORTACION_KINDS)[number];

/** The fields a school copies from its bitácora when it publishes its problemática. */
export const PROBLEM_DETAIL_FIELDS = ['organizacion', 'estrategias', 'intervencion', 'recursos', 'noFuncionaron', 'apoyo'] as const;
export type ProblemDetailField = (typeof PROBLEM_DETAIL_FIELDS)[number];

/** A problemática as a meeting publishes it (domain/problem.ts has the bitácora's own ProblemDraft): `contenido` is the content or skill itself. */
export interface MeetingProblemDraft {
  contenido: string;
  organizacion: string;
  estrategias: string;
  intervencion: string;
  recursos: string;
  noFuncionaron: string;
  apoyo: string;
  /** The id of the record in the school's bitácora, so publishing twice does not duplicate. */
  sourceId?: string | undefined;
}

/** A problemática with nothing typed yet (the panel's form starts from it). */
export const EMPTY_PROBLEM_DRAFT: Readonly<MeetingProblemDraft> = {
  contenido: '',
  organizacion: '',
  estrategias: '',
  intervencion: '',
  recursos: '',
  noFuncionaron: '',
  apoyo: '',
};

export const MAX_TEXT = 5000;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
export const MAX_NAME = 200;

const trimmedName = z.string().trim().min(1).max(MAX_NAME);
const cct = z.string().refine(isValidCct);
const time = z.number().int().nonnegative().finite();
/** Card and meeting ids: UUIDs here, but any short token a peer sends; never a "|" (star keys). */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export const SchoolRefSchema = z.object({ name: trimmedName, cct });
export type SchoolRef = z.infer<typeof SchoolRefSchema>;

export const JoinedSchoolSchema = SchoolRefSchema.extend({ joinedAt: time });
export type JoinedSchool = z.infer<typeof JoinedSchoolSchema>;

/** A person of a school, with when they did something (an edit, an annulment). */
export const ActorSchema = z.object({ author: trimmedName, school: SchoolRefSchema, at: time });
export type Actor = z.infer<typeof ActorSchema>;

export const AnnulmentSchema = ActorSchema.extend({ reason: z.string().max(MAX_NAME * 2) });

const base = {
  id,
  text: z.string().max(MAX_TEXT),
  author: trimmedName,
  school: SchoolRefSchema,
  createdAt: time,
  updatedAt: time,
  annulled: z.boolean(),
  /** Voter keys (one per person, see voterKey), sorted so every device renders the same. */
  stars: z.array(z.string()),
  /** Voters whose star on this card exceeds their budget (M14): kept, shown, not counted. */
  overStars: z.array(z.string()).optional(),
  /** Who last edited the text or details (M11); absent = never edited through the app. */
  editedBy: ActorSchema.optional(),
  /** The text holds writing from a device of another school, or from a device that never said who it is (M10). */
  foreignText: z.enum(['otherSchool', 'unknownDevice']).optional(),
  /** Who annulled the card and why (M12), when it is annulled and that was recorded. */
  annulment: AnnulmentSchema.optional(),
  /** An annulment by a school that may not annul this card was ignored (M10). */
  annulIgnored: z.literal(true).optional(),
  /** The card claims a school that is not among the meeting's schools (M13). */
  schoolNotJoined: z.literal(true).optional(),
};

const problemDetails = z.object(
  Object.fromEntries(PROBLEM_DETAIL_FIELDS.map((f) => [f, z.string().max(MAX_TEXT)])) as Record<ProblemDetailField, z.ZodString>,
);

export const CardSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('norma') }),
  z.object({ ...base, kind: z.literal('idea') }),
  z
    .object({
      ...base,
      kind: z.literal('tabla'),
      column: z.enum(TABLE_COLUMNS),
      contribution: z.enum(TABLE_CONTRIBUTIONS).optional(),
      /** The tabla card this one comments on or strengthens (it may be missing on this device). */
      about: id.optional(),
    })
    // Activity 8 strengthens what was practised and what was not; the reasons column has nothing to strengthen.
    .refine((c) => !(c.contribution === 'fortalecer' && c.column === 'razones') && c.about !== c.id),
  z.object({
    ...base,
    kind: z.literal('equipo'),
    team: z.union(TEAMS.map((t) => z.literal(t))),
    /** Activity 13: the tabla card this team note coincides with (it may be missing on this device). */
    coincidesWith: id.optional(),
    /** Activities 28-29: the moderator's question this note answers; absent = a free note. */
    prompt: z.enum(TEAM_PROMPTS).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('conclusion'),
    /** Activity 14: the question this card answers; absent = a conclusion (activities 15-16). */
    question: z.enum(GROUP_QUESTIONS).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('problematica'),
    details: problemDetails,
    sourceId: z.string().max(100).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('aportacion'),
    parentId: id,
    aportacionKind: z.enum(APORTACION_KINDS),
    /** Activities 21-22: the team that agreed on it and presents it; absent = one person's own. */
    team: z.union(TEAMS.map((t) => z.literal(t))).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('observacion'),
    problemId: id,
    teacher: trimmedName,
    teacherSchool: SchoolRefSchema,
  }),
  z.object({
    ...base,
    kind: z.literal('compromiso'),
    team: z.union([...TEAMS.map((t) => z.literal(t)), z.null()]),
    // Activity 30: who commits, by when, and how they will show the results. Optional on read:
    // cards written before these fields existed still show (the model requires them on new cards).
    responsible: trimmedName.optional(),
    dueDate: z.string().refine(isIsoDate).optional(),
    showResults: z
      .string()
      .trim()
      .min(1)
      .max(MAX_NAME * 5)
      .optional(),
  }),
]);
export type Card = z.infer<typeof CardSchema>;
export type CardOf<K extends CardKind> = Extract<Card, { kind: K }>;

export const MeetingMetaSchema = z.object({
  id,
  name: trimmedName,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  place: z.string().max(MAX_NAME),
  createdAt: time,
});
export type MeetingMeta = z.infer<typeof MeetingMetaSchema>;

/** One star per person per card: the person is their school plus their name, accents and case ignored. */
export function voterKey(school: SchoolRef, author: string): string {
  const name = author
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return `${school.cct}|${name}`;
}

/** Cards are shown oldest first; ties (same millisecond on two devices) break by id so all agree. */
export function compareCards(a: Card, b: Card): number {
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The device's index row of a meeting (Dexie); the meeting's content is its Yjs document. */
export interface MeetingRecord {
  id: string;
  name: string;
  date: string;
  place: string;
  createdAt: number;
  updatedAt: number;
}

export type MeetingErrorCode = 'required' | 'dateShape' | 'tooLong';
export type MeetingDraft = Pick<MeetingMeta, 'name' | 'date' | 'place'>;

export function validateMeetingDraft(d: MeetingDraft): Partial<Record<keyof MeetingDraft, MeetingErrorCode>> {
  const errors: Partial<Record<keyof MeetingDraft, MeetingErrorCode>> = {};
  if (!d.name.trim()) errors.name = 'required';
  else if (d.name.length > MAX_NAME) errors.name = 'tooLong';
  if (!d.date) errors.date = 'required';
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date) || Number.isNaN(Date.parse(`${d.date}T00:00:00Z`))) errors.date = 'dateShape';
  if (d.place.length > MAX_NAME) errors.place = 'tooLong';
  return errors;
}

/** Who writes a card or a change: the person and their school (every card carries both). */
export interface Writer {
  author: string;
  school: SchoolRef;
}

/** Side maps whose bad values are ignored and counted one by one, never hiding a card (V4). */
export const SIDE_FIELDS = ['texts', 'details', 'annulled', 'edited', 'edits', 'annulNotes', 'stars', 'schools', 'timer'] as const;
export type SideField = (typeof SIDE_FIELDS)[number];
export type DamageCounts = Partial<Record<SideField, number>>;
