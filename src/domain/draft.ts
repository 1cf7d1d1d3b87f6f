// What an unsaved draft is: the fields of one form for one record, as the teacher left them.
// A draft belongs to the record *and the version* it started from, so a draft of an edit can
// tell that the record changed meanwhile. Drafts are never records: not printed, not in backups.

/** Abandoned drafts (untouched this long) are deleted at start-up (docs/RECORDS.md). */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** How far behind the typing a draft may be on disk: one write per this many milliseconds. */
export const DRAFT_SAVE_DELAY_MS = 800;

/** The record id a draft of a new record (not yet saved) is kept under. */
export const NEW_RECORD = 'nuevo';

export interface DraftKey {
  /** The form: 'practice', 'evidence', 'session', 'followUp', 'meetingCard'... */
  form: string;
  /** The record being edited, or NEW_RECORD; forms of a meeting use "<meeting>/<panel>". */
  recordId: string;
  /** The record's version when the draft started (0 for a new record or an unversioned one). */
  version: number;
}

/**
 * The draft forms a record list offers to resume, by the list's own form: a práctica typed in the
 * preparation's step 1 ("prepPractice") is a práctica too.
 */
const LISTED_WITH: Record<string, readonly string[]> = { practice: ['practice', 'prepPractice'] };

export function listedDraftForms(form: string): readonly string[] {
  return LISTED_WITH[form] ?? [form];
}

/** A draft of a record not saved yet (not an edit of a saved version: those start at version 1). */
export function isNewRecordDraft(row: Pick<DraftRow, 'recordId' | 'baseVersion'>): boolean {
  return row.recordId === NEW_RECORD || row.baseVersion === 0;
}

export interface DraftRow {
  /** `${form}:${recordId}`: one draft per form and record, whatever its version. */
  id: string;
  form: string;
  recordId: string;
  baseVersion: number;
  /** Where the teacher resumes it (the form's address). */
  path: string;
  /** One line for the lists ("Borrador sin guardar: <label>"). */
  label: string;
  /** The form's fields, as structured-clonable data. */
  value: unknown;
  startedAt: number;
  savedAt: number;
}

/** The photos and files a draft has picked, kept apart from the often-written text. */
export interface DraftFilesRow {
  id: string;
  files: unknown[];
  savedAt: number;
}

export function draftId(key: Pick<DraftKey, 'form' | 'recordId'>): string {
  return `${key.form}:${key.recordId}`;
}

/** A draft started from another version of the record than the one stored now. */
export function isStale(row: Pick<DraftRow, 'baseVersion'>, currentVersion: number): boolean {
  return row.baseVersion !== currentVersion;
}

export function isExpired(row: Pick<DraftRow, 'savedAt'>, now: number): boolean {
  return now - row.savedAt > DRAFT_MAX_AGE_MS;
}

/** The first non-empty line of the given texts, shortened for a list row. */
export function draftLabel(...texts: (string | undefined)[]): string {
  const first = texts.map((x) => (x ?? '').trim()).find((x) => x !== '') ?? '';
  const line = first.split('\n')[0]!;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/** The key of a record form's draft: the record (or a new one) and the version it starts from. */
export function recordDraftKey(form: string, record: { id: string; version: number } | null | undefined): DraftKey {
  return record ? { form, recordId: record.id, version: record.version } : { form, recordId: NEW_RECORD, version: 0 };
}

/**
 * A version for what has no version number of its own (a meeting card, whose edit time is a
 * last-writer-wins field that a concurrent edit may lose): a 32-bit FNV-1a hash of its content, so
 * "changed meanwhile" means the words changed.
 */
export function contentVersion(content: unknown): number {
  const text = JSON.stringify(content) ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
