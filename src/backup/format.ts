// The .bitacora backup file: one JSON document with a format name and version, its creation time,
// the schema version of the database it came from, and a SHA-256 checksum over its content.
// Photos and files travel inside as base64; meeting documents as Yjs updates in base64.
import { z } from 'zod';

export const BACKUP_FORMAT = 'bitacora-cte-respaldo';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.bitacora';
export const BACKUP_MIME = 'application/json';
/** Larger files are refused before reading: a phone would run out of memory parsing them. */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

export interface BackupContent {
  tables: Record<string, unknown[]>;
  blobs: Record<string, { type: string; data: string }>;
  meetings: Record<string, string>;
}

const MAX_KEY = 200;
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  createdAt: z.string().max(64),
  schemaVersion: z.number().int().positive(),
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  content: z.unknown(),
});

export const contentSchema = z.object({
  tables: z.record(z.string().max(MAX_KEY), z.array(z.unknown())),
  blobs: z.record(z.string().max(MAX_KEY), z.object({ type: z.string().max(200), data: base64 })),
  meetings: z.record(z.string().max(MAX_KEY), base64),
});
