// What every bitácora entry shares: versions (nothing is torn out), annulment with a reason, and
// an optional link to where the entry came from (a session, or a card of an inter-school meeting).

export const RECORD_KINDS = ['practice', 'evidence', 'problem', 'commitment', 'session'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

interface Annulment {
  reason: string;
  /** Epoch milliseconds. */
  at: number;
}

export type Origin = { kind: 'session'; sessionId: string } | { kind: 'meeting'; meetingId: string; cardId: string };

export interface RecordMeta {
  id: string;
  /** 1 on creation, +1 on every edit or annulment; each version is kept in the history table. */
  version: number;
  createdAt: number;
  updatedAt: number;
  annulled?: Annulment | undefined;
  origin?: Origin | undefined;
  /** Indexed copy of the origin for meeting imports, so "Llevar a mi bitácora" never duplicates. */
  originKey?: string | undefined;
}

/** What a form edits of an entry: everything but its versioning and origin. */
export function withoutMeta<T extends RecordMeta>(record: T): Omit<T, keyof RecordMeta> {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, annulled: _a, origin: _o, originKey: _k, ...rest } = record;
  return rest;
}

/**
 * The dedupe key of an origin. Only meeting cards get one: many entries may come from one
 * session, but one meeting card becomes at most one entry of each kind.
 */
export function originKeyOf(origin: Origin | undefined): string | undefined {
  if (!origin || origin.kind !== 'meeting') return undefined;
  return `meeting:${origin.meetingId}:${origin.cardId}`;
}

/** 'merge': a version that lost a restore merge, kept so that nothing is lost. */
export type HistoryAction = 'create' | 'edit' | 'annul' | 'merge';

/** One saved version of an entry, exactly as it was stored at that moment. */
export interface HistoryEntry<T = unknown> {
  recordId: string;
  kind: RecordKind;
  version: number;
  action: HistoryAction;
  savedAt: number;
  snapshot: T;
}

const MIN_ANNUL_REASON = 5;

export function validateAnnulReason(reason: string): 'required' | 'tooShort' | null {
  const r = reason.trim();
  if (!r) return 'required';
  if (r.length < MIN_ANNUL_REASON) return 'tooShort';
  return null;
}

/** Largest time a 9-digit base-36 prefix can count down from (year 5138). */
const MAX_TIME = 36 ** 9 - 1;

/**
 * Ids of bitácora entries start with a countdown of their creation time (base 36, fixed width)
 * and end with 64 random bits: still unique across devices, and since IndexedDB keeps entries in
 * primary-key order, ascending key order is newest first. A list's first page (newest first, the
 * usual view) is then one forward index read of 50 rows, the fastest read IndexedDB offers.
 */
export function newRecordId(now: number): string {
  return `${(MAX_TIME - Math.max(0, Math.floor(now))).toString(36).padStart(9, '0')}${randomSuffix()}`;
}

/**
 * 64 random bits in 13 base-36 digits. Ids are repeated in every index entry, and IndexedDB's
 * cost grows with key length: 22 characters instead of a 36-character UUID keep a year of
 * entries fast on a cheap phone, and two devices would still need the same millisecond and the
 * same 64 random bits to collide.
 */
function randomSuffix(): string {
  const [a, b] = crypto.getRandomValues(new Uint32Array(2)) as unknown as [number, number];
  return ((BigInt(a) << 32n) | BigInt(b)).toString(36).padStart(13, '0');
}

/** Short words that would put most entries under one index key and help no search. */
const STOP_WORDS = new Set([
  'de',
  'del',
  'la',
  'las',
  'el',
  'los',
  'lo',
  'en',
  'con',
  'un',
  'una',
  'al',
  'por',
  'para',
  'que',
  'se',
  'su',
  'sus',
  'es',
  'le',
  'les',
  'no',
  'mas',
  'ya',
  'sin',
  'como',
  'o',
  'y',
]);

/** The words that go into (and are looked up in) the multi-entry search index. */
export function indexWords(words: string[]): string[] {
  return words.filter((w) => !STOP_WORDS.has(w));
}

/** Booleans cannot be IndexedDB keys: flags are stored as 0/1 so they can be indexed. */
export function flag(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}
