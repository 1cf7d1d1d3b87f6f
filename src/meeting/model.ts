// Domain -> Y.Doc: every change a person makes to a meeting. Each function is one Yjs transaction
// (one update on the wire and on disk) and validates what it writes with the same schemas the
// reader uses, so a device never sends a card that other devices would skip. Rules: docs/SYNC.md.
import * as Y from 'yjs';
import {
  CardSchema,
  JoinedSchoolSchema,
  MAX_NAME,
  MeetingMetaSchema,
  PROBLEM_DETAIL_FIELDS,
  SchoolRefSchema,
  voterKey,
  type AportacionKind,
  type Card,
  type GroupQuestion,
  type MeetingMeta,
  type ProblemDetailField,
  type MeetingProblemDraft,
  type SchoolRef,
  type TableColumn,
  type TableContribution,
  type Team,
  type TeamPrompt,
} from '../domain/meeting';
import { newId } from '../domain/ids';
import {
  annulledOf,
  annulNotesOf,
  cardsOf,
  detailsOf,
  editedOf,
  editsOf,
  FORMAT_VERSION,
  metaOf,
  schoolsOf,
  starKey,
  starsOf,
  starTimesOf,
  textsOf,
} from './layout';
import { NO_STARS, readStarsCounted, starsLeft } from './stars';
import { annulReasonProblem, annulRight, canEdit, hasJoined, registerWriter } from './ownership';
import { readCreator } from './read';
import { readCard, readContext } from './readCard';
import { applyTextEdit, wellFormed } from './textDiff';
import { infoOf } from './cardInfo';

/** Who is writing: a person of a school. Every card carries it (rule M1). */
import type { Writer } from '../domain/meeting';
export type { Writer };

export { MeetingInputError, type MeetingInputCode } from './errors';
import { MeetingInputError } from './errors';
export * from './timerWrites';

type NewCard =
  | { kind: 'norma' | 'idea'; text: string }
  | { kind: 'conclusion'; text: string; question?: GroupQuestion | undefined }
  | { kind: 'tabla'; column: TableColumn; text: string; contribution?: TableContribution | undefined; about?: string | undefined }
  | { kind: 'equipo'; team: Team; text: string; coincidesWith?: string | undefined; prompt?: TeamPrompt | undefined }
  | { kind: 'aportacion'; parentId: string; aportacionKind: AportacionKind; text: string; team?: Team | undefined }
  | { kind: 'observacion'; problemId: string; teacher: string; teacherSchool: SchoolRef; text: string }
  | { kind: 'compromiso'; team: Team | null; text: string; responsible: string; dueDate: string; showResults: string };

/**
 * Writes the meeting's identity (M6). Safe on every device: same id, same values. `creator`: the
 * school creating it (M12), written only when the meeting has none yet.
 */
export function initMeeting(doc: Y.Doc, meta: MeetingMeta, creator?: SchoolRef): void {
  const parsed = MeetingMetaSchema.safeParse(meta);
  if (!parsed.success) throw new MeetingInputError('invalidMeta');
  const creatorRef = creator ? SchoolRefSchema.safeParse({ ...creator, name: wellFormed(creator.name) }) : null;
  if (creatorRef && !creatorRef.success) throw new MeetingInputError('invalidSchool');
  doc.transact(() => {
    const m = metaOf(doc);
    for (const [key, value] of Object.entries(parsed.data)) {
      if (m.get(key) !== value) m.set(key, value);
    }
    if (m.get('formatVersion') !== FORMAT_VERSION) m.set('formatVersion', FORMAT_VERSION);
    if (creatorRef?.success && !m.has('creatorCct')) {
      m.set('creatorName', creatorRef.data.name);
      m.set('creatorCct', creatorRef.data.cct);
    }
  });
}

/** A school joins with its profile; joining again keeps the first joinedAt (M7). */
export function joinSchool(doc: Y.Doc, school: SchoolRef, now: number): void {
  const schools = schoolsOf(doc);
  const parsedRef = SchoolRefSchema.safeParse({ ...school, name: wellFormed(school.name) });
  if (!parsedRef.success) throw new MeetingInputError('invalidSchool');
  const previous = JoinedSchoolSchema.safeParse(schools.get(parsedRef.data.cct));
  const joined = {
    ...parsedRef.data,
    joinedAt: previous.success ? previous.data.joinedAt : now,
  };
  if (previous.success && previous.data.name === joined.name) return;
  doc.transact(() => schools.set(joined.cct, joined));
}

function writeCard(doc: Y.Doc, card: Card, writer: Writer, details?: Record<ProblemDetailField, string>): void {
  if (!CardSchema.safeParse(card).success) throw new MeetingInputError('invalidCard');
  // M13: a school that has not joined the meeting cannot add to it.
  if (!hasJoined(doc, card.school.cct)) throw new MeetingInputError('notJoined');
  const info = infoOf(card);
  doc.transact(() => {
    registerWriter(doc, writer);
    cardsOf(doc).set(card.id, JSON.stringify(info));
    textsOf(doc).set(card.id, new Y.Text(card.text));
    if (card.kind === 'problematica') {
      const d = new Y.Map<Y.Text>();
      detailsOf(doc).set(card.id, d);
      for (const f of PROBLEM_DETAIL_FIELDS) d.set(f, new Y.Text(details?.[f] ?? ''));
    }
  });
}

function baseCard(writer: Writer, text: string, now: number, id: string) {
  return {
    id,
    text: wellFormed(text.trim()),
    author: wellFormed(writer.author.trim()),
    school: { name: wellFormed(writer.school.name), cct: writer.school.cct },
    createdAt: now,
    updatedAt: now,
    annulled: false,
    stars: [] as string[],
  };
}

/** Adds a card; ids are random UUIDs so two devices never collide (M1). Returns the id. */
export function addCard(doc: Y.Doc, input: NewCard, writer: Writer, now: number, id: string = newId()): string {
  // Text may become empty later through concurrent deletions (readers accept it), but a new card
  // must say something; an observation plan may leave its notes empty.
  if (input.kind !== 'observacion' && !input.text.trim()) throw new MeetingInputError('invalidCard');
  let extra = {}; // Activity 30: a commitment says who, by when and how results will be shown.
  if (input.kind === 'compromiso') {
    extra = {
      responsible: wellFormed(input.responsible.trim()),
      dueDate: input.dueDate,
      showResults: wellFormed(input.showResults.trim()),
    };
    if (!input.responsible.trim() || !input.showResults.trim() || !input.dueDate) throw new MeetingInputError('invalidCard');
  }
  // Activity 13: a team note may point at the tabla card it coincides with; it must be one.
  if (input.kind === 'equipo' && input.coincidesWith && readCard(doc, input.coincidesWith)?.kind !== 'tabla')
    throw new MeetingInputError('invalidCard');
  // Activities 8 and 11: a tabla card may comment on or strengthen another card of the tabla.
  if (input.kind === 'tabla' && input.about && readCard(doc, input.about)?.kind !== 'tabla') throw new MeetingInputError('invalidCard');
  const card = { ...input, ...extra, ...baseCard(writer, input.text, now, id) } as Card;
  writeCard(doc, card, writer);
  return id;
}

/**
 * A school publishes its problemática with every field copied (M8). Publishing the same bitácora
 * record again returns the card already there instead of duplicating it.
 */
export function publishProblem(doc: Y.Doc, problem: MeetingProblemDraft, writer: Writer, now: number, id: string = newId()): string {
  if (problem.sourceId) {
    let existing: string | null = null;
    const ctx = readContext(doc, NO_STARS);
    cardsOf(doc).forEach((_value, cardId) => {
      const card = existing ? null : readCard(doc, cardId, ctx);
      if (card?.kind === 'problematica' && card.sourceId === problem.sourceId && card.school.cct === writer.school.cct) {
        existing = cardId;
      }
    });
    if (existing) return existing;
  }
  if (!problem.contenido.trim()) throw new MeetingInputError('invalidCard');
  const details = Object.fromEntries(PROBLEM_DETAIL_FIELDS.map((f) => [f, wellFormed(problem[f].trim())])) as Record<
    ProblemDetailField,
    string
  >;
  const card: Card = {
    ...baseCard(writer, problem.contenido, now, id),
    kind: 'problematica',
    details,
    ...(problem.sourceId ? { sourceId: problem.sourceId } : {}),
  };
  writeCard(doc, card, writer, details);
  return id;
}

/** The card, or throws unless it is one every device can read (so we never write to a broken one). */
function requireCard(doc: Y.Doc, id: string): Card {
  const card = readCard(doc, id);
  if (!card) throw new MeetingInputError('noSuchCard');
  return card;
}

/** M10/M11: only the card's school edits it, and the edit records who made it. */
function requireEditor(doc: Y.Doc, id: string, writer: Writer): void {
  if (!canEdit(requireCard(doc, id), writer)) throw new MeetingInputError('notYourCard');
}

function recordEdit(doc: Y.Doc, id: string, writer: Writer, now: number): void {
  registerWriter(doc, writer);
  editedOf(doc).set(id, now);
  editsOf(doc).set(id, {
    author: wellFormed(writer.author.trim()),
    schoolName: wellFormed(writer.school.name),
    schoolCct: writer.school.cct,
    at: now,
  });
}

/** Edits a card's text as a splice, so concurrent edits of one card merge by character (M2). */
export function editCardText(doc: Y.Doc, id: string, text: string, now: number, writer: Writer): void {
  requireEditor(doc, id, writer);
  const ytext = textsOf(doc).get(id);
  if (!(ytext instanceof Y.Text)) throw new MeetingInputError('noSuchCard');
  if (text.length > 5000 || !text.trim()) throw new MeetingInputError('invalidCard');
  doc.transact(() => {
    applyTextEdit(ytext, text);
    recordEdit(doc, id, writer, now);
  });
}

/** Edits one field of a published problemática, also by character (M2). */
export function editProblemDetail(doc: Y.Doc, id: string, field: ProblemDetailField, text: string, now: number, writer: Writer): void {
  requireEditor(doc, id, writer);
  const details = detailsOf(doc).get(id);
  const ytext = details instanceof Y.Map ? details.get(field) : undefined;
  if (!(ytext instanceof Y.Text)) throw new MeetingInputError('noSuchCard');
  if (text.length > 5000) throw new MeetingInputError('invalidCard');
  doc.transact(() => {
    applyTextEdit(ytext, text);
    recordEdit(doc, id, writer, now);
  });
}

/**
 * Annul or restore: the card stays, struck through; last writer wins (M3). Never deletes (M4).
 * The card's own school may; the meeting's creator may too, with a reason (M12). Who and why are
 * kept in annulNotes and shown on the card.
 */
export function setAnnulled(doc: Y.Doc, id: string, annulled: boolean, now: number, writer: Writer, reason = ''): void {
  const card = requireCard(doc, id);
  const right = annulRight(card, writer, readCreator(doc));
  if (!right) throw new MeetingInputError('notYourCard');
  const why = wellFormed(reason.trim()).slice(0, MAX_NAME * 2);
  if (right === 'creator' && annulled && annulReasonProblem(why)) throw new MeetingInputError('reasonRequired');
  if ((annulledOf(doc).get(id) === true) === annulled) return;
  doc.transact(() => {
    registerWriter(doc, writer);
    annulledOf(doc).set(id, annulled);
    editedOf(doc).set(id, now);
    annulNotesOf(doc).set(id, {
      annulled,
      reason: why,
      author: wellFormed(writer.author.trim()),
      schoolName: wellFormed(writer.school.name),
      schoolCct: writer.school.cct,
      at: now,
    });
  });
}

/**
 * One star per person per card, toggled (M5). A new star on an aportación needs one left (M14,
 * `noStarsLeft`); taking a star off is always allowed. Returns whether the person now stars it.
 */
export function toggleStar(doc: Y.Doc, id: string, voter: Writer, now: number): boolean {
  const card = requireCard(doc, id);
  const stars = starsOf(doc);
  const who = voterKey(voter.school, voter.author);
  const key = starKey(id, who);
  const on = stars.get(key) !== true;
  if (on && card.kind === 'aportacion' && starsLeft(readStarsCounted(doc), who) === 0) throw new MeetingInputError('noStarsLeft');
  doc.transact(() => {
    registerWriter(doc, voter);
    if (on) {
      stars.set(key, true);
      starTimesOf(doc).set(key, now);
    } else {
      stars.delete(key);
      starTimesOf(doc).delete(key);
    }
  });
  return on;
}
