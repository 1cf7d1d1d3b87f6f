// Names of the shared types inside a meeting's Y.Doc: the document's on-disk and on-wire format.
// Changing a name here breaks every meeting file already exchanged; add, never rename.
//
// Why this shape: a meeting can hold thousands of cards, and loading or merging costs about one
// unit per Yjs item and per decoded value. A card is therefore 3 items: its immutable `info` as
// one JSON string (decoding one string is much cheaper than an object of ten keys: measured 2x
// faster to load than a Y.Map per card), its Y.Text and the text's content. What changes later
// (annulled, edited time, stars) lives in flat root maps keyed by card id, written only when it
// happens (docs/SYNC.md, "Layout").
import type * as Y from 'yjs';

export const FORMAT_VERSION = 1;

/** meta: id, name, date, place, createdAt, formatVersion, creatorName, creatorCct (last writer wins per key). */
export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
/** schools: CCT -> { name, cct, joinedAt } (a plain value: a school re-joining overwrites itself). */
export const schoolsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('schools');
/** cards: card id -> JSON string of the card's immutable info (INFO_FIELDS). */
export const cardsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('cards');
/** texts: card id -> Y.Text of the card's text (contenido o habilidad for a problemática). */
export const textsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('texts');
/** details: problemática card id -> Y.Map of PROBLEM_DETAIL_FIELDS -> Y.Text. */
export const detailsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('details');
/** annulled: card id -> boolean (absent = not annulled). */
export const annulledOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('annulled');
/** edited: card id -> epoch ms of the last edit or annulment (absent = never edited). */
export const editedOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('edited');
/** stars: "<card id>|<voter key>" -> true. Card ids never contain "|". */
export const starsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('stars');
/** edits: card id -> { author, schoolName, schoolCct, at } of the last edit of its text or details (M11). */
export const editsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('edits');
/** annulNotes: card id -> { annulled, reason, author, schoolName, schoolCct, at } of the last annul or restore (M12). */
export const annulNotesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('annulNotes');
/** writers: Yjs client id (decimal string) -> { author, schoolName, schoolCct }: who writes from that device session (M10). */
export const writersOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('writers');
/** timer: presentation, round (plain values, replaced whole), presentationMinutes, roundMinutes. */
export const timerOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('timer');

/** agenda: random key -> { activityId, at, author, schoolName, schoolCct }: each move of the room (A1). */
export const agendaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('agenda');

/** roles: "representante|CCT", "moderador|team", "coordinador|CCT" -> { author, schoolName, schoolCct, at } (A5-A7). */
export const rolesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('roles');

/** starTimes: "<card id>|<voter key>" -> epoch ms when that star was set (M14; absent on stars of older versions). */
export const starTimesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('starTimes');

/** starBudget: random key -> { budget, at, author, schoolName, schoolCct }: each time the coordination set the stars per person (M14). */
export const starBudgetOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('starBudget');

/** followUp: "from" -> { meetingId, name, date }, "observations", "commitments" -> arrays of plain values, written once (N1). */
export const followUpOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('followUp');

/** followUpReview: index of a carried commitment -> { status, note, at, author, schoolName, schoolCct }: its latest review (N3). */
export const followUpReviewOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('followUpReview');

export const starKey = (cardId: string, voter: string): string => `${cardId}|${voter}`;

/** Splits a stars key; null when it is not one (V2). */
export function parseStarKey(key: string): { cardId: string; voter: string } | null {
  const at = key.indexOf('|');
  if (at <= 0 || at === key.length - 1 || key.length > 400) return null;
  return { cardId: key.slice(0, at), voter: key.slice(at + 1) };
}
