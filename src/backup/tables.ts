// What a backup carries: every table of the database, each with the schema its rows must match
// before anything is written. A table missing here makes `npm test` fail (tests/integration/
// backup.test.ts checks the registry covers the schema), so new tables cannot be left out.
import { z } from 'zod';
import { NIVELES } from '../domain/school';
import { MODALITIES, SESSION_KINDS } from '../domain/session';

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

const session = z.object({
  id,
  kind: z.enum(SESSION_KINDS),
  number: z.number().int().min(1).max(8),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  ciclo: z.string().regex(/^\d{4}-\d{4}$/),
  modality: z.enum(MODALITIES),
  normas: z.array(text(2000)).max(200),
  notes: text(),
  createdAt: time,
  updatedAt: time,
});

const setting = z.object({ key: z.string().min(1).max(200), value: z.unknown() });

export interface TableSpec {
  /** Spanish name used in messages and the preview. */
  label: string;
  schema: z.ZodType;
  /** Primary key property. */
  key: string;
  /** How two versions of one row compare in time; rows without it are replaced only when new. */
  updatedAt?: (row: Record<string, unknown>) => number;
  /** Keeps the version that lost a merge in the record's history (runs inside the restore transaction). */
  keepVersion?: (row: Record<string, unknown>) => Promise<void>;
}

const byUpdatedAt = (row: Record<string, unknown>) => (typeof row.updatedAt === 'number' ? row.updatedAt : 0);

export const BACKUP_TABLES: Record<string, TableSpec> = {
  schools: { label: 'Escuela', schema: school, key: 'id', updatedAt: byUpdatedAt },
  sessions: { label: 'Sesiones', schema: session, key: 'id', updatedAt: byUpdatedAt },
  settings: { label: 'Preferencias', schema: setting, key: 'key' },
};
