// Schemas of the bitácora's entries as they travel in a backup. Only the domain fields are
// trusted: index-only fields (search words, keys, flags) are derived again on restore, so a
// crafted file cannot make a record appear under searches or filters it does not belong to.
import { z } from 'zod';
import { COMMITMENT_STATUSES, RESPONSIBLE_KINDS, type Commitment } from '../domain/commitment';
import { EVIDENCE_KINDS, type Evidence, type EvidenceFile } from '../domain/evidence';
import { ASSESSMENTS, type Practice } from '../domain/practice';
import type { Problem } from '../domain/problem';
import { RECORD_KINDS, type HistoryEntry, type RecordKind } from '../domain/record';
import { MODALITIES, SESSION_KINDS, type CteSession } from '../domain/session';

const text = (max = 20_000) => z.string().max(max);
const id = z.string().min(1).max(200);
const time = z.number().finite().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalIsoDate = z.union([isoDate, z.literal('')]);

const meta = {
  id,
  version: z.number().int().min(1).max(1_000_000),
  createdAt: time,
  updatedAt: time,
  annulled: z.object({ reason: text(2000), at: time }).optional(),
  origin: z
    .union([z.object({ kind: z.literal('session'), sessionId: id }), z.object({ kind: z.literal('meeting'), meetingId: id, cardId: id })])
    .optional(),
  originKey: text(500).optional(),
};

export const practiceSchema = z.object({
  ...meta,
  sessionId: text(200),
  title: text(500),
  description: text(),
  teacherId: text(200),
  teacherName: text(300),
  gradeGroup: text(200),
  difficulty: text(),
  materials: text(),
  reasons: z.tuple([text(), text(), text()]),
  unsolved: text(),
  attribution: text(),
  assessment: z.enum(ASSESSMENTS),
  shareNext: z.boolean(),
}) satisfies z.ZodType<Practice>;

export const evidenceSchema = z.object({
  ...meta,
  kind: z.enum(EVIDENCE_KINDS),
  description: text(),
  date: isoDate,
  group: text(200),
  practiceIds: z.array(id).max(1000),
  fileIds: z.array(id).max(1000),
}) satisfies z.ZodType<Evidence>;

export const evidenceFileSchema = z.object({
  id,
  evidenceId: id,
  name: text(500),
  type: text(200),
  size: z
    .number()
    .int()
    .nonnegative()
    .max(50 * 1024 * 1024),
  blob: z.instanceof(Blob),
  thumb: z.instanceof(Blob).optional(),
  width: z.number().int().positive().max(100_000).optional(),
  height: z.number().int().positive().max(100_000).optional(),
  addedAt: time,
}) satisfies z.ZodType<EvidenceFile>;

export const problemSchema = z.object({
  ...meta,
  sessionId: text(200),
  content: text(),
  gradeGroup: text(200),
  organization: text(),
  strategies: text(),
  interventions: text(),
  resources: text(),
  failedActions: text(),
  supportRequested: text(),
  presentAtMeeting: z.boolean(),
}) satisfies z.ZodType<Problem>;

const status = z.enum(COMMITMENT_STATUSES);

export const commitmentSchema = z.object({
  ...meta,
  sessionId: text(200),
  statement: text(),
  responsibleKind: z.enum(RESPONSIBLE_KINDS),
  responsibleTeacherId: text(200),
  responsibleName: text(300),
  dueDate: optionalIsoDate,
  mechanism: text(),
  instrument: text(),
  status,
  followUps: z
    .array(
      z.object({
        id,
        date: isoDate,
        note: text(),
        status,
        previousStatus: status,
        sessionId: text(200).optional(),
        at: time,
      }),
    )
    .max(10_000),
}) satisfies z.ZodType<Commitment>;

/** Backups made before sessions were versioned have no version nor attendance: read as 1 and []. */
export const sessionSchema = z.object({
  ...meta,
  version: meta.version.default(1),
  kind: z.enum(SESSION_KINDS),
  number: z.number().int().min(1).max(8),
  date: isoDate,
  ciclo: z.string().regex(/^\d{4}-\d{4}$/),
  modality: z.enum(MODALITIES),
  normas: z.array(text(2000)).max(200),
  notes: text(),
  attendance: z
    .array(z.object({ id, name: text(300), role: text(300), guest: z.boolean() }))
    .max(500)
    .default([]),
}) satisfies z.ZodType<CteSession>;

const SNAPSHOT_SCHEMAS: Record<RecordKind, z.ZodType> = {
  practice: practiceSchema,
  evidence: evidenceSchema,
  problem: problemSchema,
  commitment: commitmentSchema,
  session: sessionSchema,
};

export const historySchema = z
  .object({
    recordId: id,
    kind: z.enum(RECORD_KINDS),
    version: z.number().int().min(1).max(1_000_000),
    action: z.enum(['create', 'edit', 'annul', 'merge']),
    savedAt: time,
    snapshot: z.unknown(),
  })
  .superRefine((entry, ctx) => {
    const checked = SNAPSHOT_SCHEMAS[entry.kind].safeParse(entry.snapshot);
    if (!checked.success) ctx.addIssue({ code: 'custom', message: 'snapshot', path: ['snapshot'] });
  }) satisfies z.ZodType<HistoryEntry>;
