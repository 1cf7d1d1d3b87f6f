// Reads and validates a backup file completely before anything is written: size, JSON, format
// and version, checksum, then every row of every table against its schema. Any problem becomes
// one Spanish sentence naming what is wrong; nothing is written.
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { backupText as t } from '../i18n/backup';
import { sha256 } from './checksum';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, contentSchema, envelopeSchema, MAX_BACKUP_BYTES } from './format';
import { decodeBlobs, MissingBlobError } from './rows';
import { BACKUP_TABLES } from './tables';
import { validateMeetingUpdate } from './meetingUpdates';

export interface ValidBackup {
  createdAt: string;
  tables: Record<string, Record<string, unknown>[]>;
  meetings: Record<string, Uint8Array>;
}

type ReadResult = { ok: true; backup: ValidBackup } | { ok: false; message: string };

function fail(message: string): ReadResult {
  return { ok: false, message };
}

export async function readBackup(file: Blob): Promise<ReadResult> {
  if (file.size === 0) return fail(t.errors.empty);
  if (file.size > MAX_BACKUP_BYTES) return fail(t.errors.tooLarge);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail(t.errors.unreadable);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(t.errors.notJson);
  }
  return validateParsed(parsed);
}

async function validateParsed(parsed: unknown): Promise<ReadResult> {
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail(t.errors.notBackup);
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) return fail(t.errors.badHeader);
  const head = envelope.data;
  if (head.formatVersion > BACKUP_FORMAT_VERSION) return fail(t.errors.newerFormat);
  if (head.schemaVersion > CURRENT_SCHEMA_VERSION) return fail(t.errors.newerFormat);

  let contentText: string;
  try {
    contentText = JSON.stringify(head.content);
  } catch {
    return fail(t.errors.damaged);
  }
  if ((await sha256(contentText ?? '')) !== head.checksum) return fail(t.errors.checksum);

  const content = contentSchema.safeParse(head.content);
  if (!content.success) return fail(t.errors.damaged);

  const tables: ValidBackup['tables'] = {};
  // In registry order (see BACKUP_TABLES), whatever order the file lists them in.
  const names = Object.keys(content.data.tables);
  const unknown = names.find((n) => !BACKUP_TABLES[n]);
  if (unknown !== undefined) return fail(t.errors.unknownTable(unknown));
  // Device-local tables (drafts) are dropped unread: a draft never comes back as a record.
  for (const name of Object.keys(BACKUP_TABLES).filter((n) => names.includes(n) && !BACKUP_TABLES[n]!.local)) {
    const rows = content.data.tables[name]!;
    const spec = BACKUP_TABLES[name]!;
    tables[name] = [];
    const seen = new Set<unknown>();
    for (const [index, raw] of rows.entries()) {
      let row: unknown;
      try {
        row = decodeBlobs(raw, content.data.blobs);
      } catch (error) {
        return fail(
          error instanceof MissingBlobError ? t.errors.missingFile(spec.label, index + 1) : t.errors.badRow(spec.label, index + 1, ''),
        );
      }
      const checked = spec.schema.safeParse(row);
      if (!checked.success) {
        const path = checked.error.issues[0]?.path.join('.') ?? '';
        return fail(t.errors.badRow(spec.label, index + 1, path));
      }
      const data = checked.data as Record<string, unknown>;
      const value = (spec.normalize ? spec.normalize(data) : data) as Record<string, unknown>;
      const key = JSON.stringify(spec.keyOf(value));
      if (seen.has(key)) return fail(t.errors.duplicate(spec.label, index + 1));
      seen.add(key);
      tables[name].push(value);
    }
  }

  const meetings: ValidBackup['meetings'] = {};
  for (const [id, data] of Object.entries(content.data.meetings)) {
    const update = validateMeetingUpdate(id, data);
    if (!update) return fail(t.errors.badMeeting);
    meetings[id] = update;
  }
  return { ok: true, backup: { createdAt: head.createdAt, tables, meetings } };
}
