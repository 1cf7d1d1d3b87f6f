// What a backup carries: every table of the database, each with the schema its rows must match
// before anything is written. A table missing here makes `npm test` fail (tests/integration/
// backup.test.ts checks the registry covers the schema), so new tables cannot be left out.
import { z } from 'zod';
import { backupTableLabels as l } from '../i18n/backup';
import { NIVELES } from '../domain/school';
import { withSessionDefaults, type CteSession } from '../domain/session';
import type { RecordKind } from '../domain/record';
import type { Preparation } from '../domain/preparation';
import type { MeetingRecord } from '../domain/meeting';
import { MeetingNoteSchema } from '../domain/meetingNote';
import { commitmentRow, evidenceRow, practiceRow, problemRow } from '../db/rows';
import {
  commitmentSchema,
  evidenceFileSchema,
  evidenceSchema,
  historySchema,
  practiceSchema,
  problemSchema,
  sessionSchema,
} from './recordSchemas';

const text = (max = 20_000) => z.string().max(max);
const id = z.string().min(1).max(200);
const time = z.number().finite().nonnegative();

const school = z.object({
  id,
  name: text(300),
  cct: text(20),
  nivel: z.enum(NIVELES),
  zonaEscolar: text(100),
  director: text(300),
  responsable: text(300),
  teachers: z.array(z.object({ id, name: text(300), assignment: text(300) })).max(500),
  createdAt: time,
  updatedAt: time,
});

const longText = text();
const preparation = z.object({
  id,
  done: z.object({ individual: z.boolean(), grupos: z.boolean(), plenaria: z.boolean(), compartir: z.boolean() }),
  groups: z
    .array(z.object({ key: text(200), label: text(300), similarities: longText, differences: longText, supportProblems: longText }))
    .max(200),
  joined: z
    .array(z.array(text(200)).max(200))
    .max(200)
    .optional(),
  plenaria: z.object({ effectivePractices: longText, materials: longText, hardContents: longText, supportRequested: longText }),
  share: z.object({
    practiceIds: z.array(id).max(500),
    problemIds: z.array(id).max(500),
    evidenceIds: z.array(id).max(500),
    supportHoped: longText,
    purpose: longText.optional(),
  }),
  createdAt: time,
  updatedAt: time,
}) satisfies z.ZodType<Preparation>;

const meeting = z.object({
  id,
  name: text(300),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  place: text(300),
  createdAt: time,
  updatedAt: time,
}) satisfies z.ZodType<MeetingRecord>;

const setting = z.object({ key: z.string().min(1).max(200), value: z.unknown() });

export interface TableSpec<S extends z.ZodType = z.ZodType> {
  /** Spanish name used in messages and the preview. */
  label: string;
  schema: S;
  /** The row's primary key, as IndexedDB stores it. */
  keyOf: (row: Row) => IndexableKey;
  /** Rebuilds derived, index-only fields from the validated domain fields (the row passed its schema). */
  normalize?: (row: z.infer<S>) => object;
  /** How two versions of one row compare in time; rows without it keep the local version. */
  updatedAt?: (row: Row) => number;
  /** Versioned bitácora entries: a merge conflict keeps both versions in the history. */
  versioned?: RecordKind;
  /**
   * Device-local, not records (drafts, the screen the device was on): never written to a backup,
   * and dropped unread if a file carries them, so a restore can never turn a draft into a record.
   */
  local?: true;
}

type Row = Record<string, unknown>;
type IndexableKey = string | [string, number];

const byUpdatedAt = (row: Row) => (typeof row.updatedAt === 'number' ? row.updatedAt : 0);
const byId = (row: Row) => row.id as string;

/**
 * A versioned entry's table: `normalize` receives the row its schema validated, so the derived
 * index fields are computed from a typed record, not from an unchecked cast.
 */
function versionedTable<S extends z.ZodType>(
  label: string,
  schema: S,
  versioned: RecordKind,
  normalize: (row: z.infer<S>) => object,
): TableSpec {
  const spec: TableSpec<S> = { label, schema, keyOf: byId, updatedAt: byUpdatedAt, versioned, normalize };
  // The registry holds tables of different row types; each spec's normalize only ever sees rows its
  // own schema parsed (restore parses before normalizing), which is what this widening relies on.
  return spec as TableSpec;
}

/**
 * Order matters: the history is restored before the entries, so that a conflicting entry's
 * losing version can be appended after every version the history already holds.
 */
export const BACKUP_TABLES: Record<string, TableSpec> = {
  schools: { label: l.schools, schema: school, keyOf: byId, updatedAt: byUpdatedAt },
  sessions: versionedTable(l.sessions, sessionSchema, 'session', (r) => withSessionDefaults(r as CteSession)),
  meetings: { label: l.meetings, schema: meeting, keyOf: byId, updatedAt: byUpdatedAt },
  preparations: { label: l.preparations, schema: preparation, keyOf: byId, updatedAt: byUpdatedAt },
  settings: { label: l.settings, schema: setting, keyOf: (row) => row.key as string },
  history: { label: l.history, schema: historySchema, keyOf: (row) => [row.recordId as string, row.version as number] },
  practices: versionedTable(l.practices, practiceSchema, 'practice', practiceRow),
  evidences: versionedTable(l.evidences, evidenceSchema, 'evidence', evidenceRow),
  evidenceFiles: { label: l.evidenceFiles, schema: evidenceFileSchema, keyOf: byId },
  problems: versionedTable(l.problems, problemSchema, 'problem', problemRow),
  commitments: versionedTable(l.commitments, commitmentSchema, 'commitment', commitmentRow),
  // The teacher's private meeting notes are the device's own bitácora: its backup keeps them (a
  // lost phone must not take them), while no meeting file or room ever carries them.
  meetingNotes: { label: l.meetingNotes, schema: MeetingNoteSchema, keyOf: byId, updatedAt: byUpdatedAt },
  drafts: { label: l.drafts, schema: z.never(), keyOf: byId, local: true },
  draftFiles: { label: l.draftFiles, schema: z.never(), keyOf: byId, local: true },
  device: { label: l.device, schema: z.never(), keyOf: (row) => row.key as string, local: true },
};

/** The tables a backup carries (every registered one but the device-local ones). */
export function isBackedUp(table: string): boolean {
  const spec = BACKUP_TABLES[table];
  return !!spec && !spec.local;
}
