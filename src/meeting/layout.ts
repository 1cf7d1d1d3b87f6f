// Names of the shared types inside a meeting's Y.Doc: the document's on-disk and on-wire format.
// Changing a name here breaks every meeting file already exchanged; add, never rename.
import * as Y from 'yjs';

export const FORMAT_VERSION = 1;

/** meta: id, name, date, place, createdAt, formatVersion (last writer wins per key). */
export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
/** schools: CCT -> { name, cct, joinedAt } (a plain value: a school re-joining overwrites itself). */
export const schoolsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('schools');
/** cards: card id -> Y.Map of the card's fields (see CARD_KEYS). One map for every panel. */
export const cardsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('cards');
/** timer: presentation, round (plain values, replaced whole), presentationMinutes, roundMinutes. */
export const timerOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('timer');

/** The keys of a card's Y.Map. text is a Y.Text, stars a Y.Map<true>, details a Y.Map<Y.Text>. */
export const CARD_KEYS = {
  kind: 'kind',
  text: 'text',
  author: 'author',
  schoolName: 'schoolName',
  schoolCct: 'schoolCct',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  annulled: 'annulled',
  stars: 'stars',
  column: 'column',
  team: 'team',
  parentId: 'parentId',
  aportacionKind: 'aportacionKind',
  problemId: 'problemId',
  teacher: 'teacher',
  teacherSchoolName: 'teacherSchoolName',
  teacherSchoolCct: 'teacherSchoolCct',
  details: 'details',
  sourceId: 'sourceId',
} as const;
