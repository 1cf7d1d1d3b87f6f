// Builds .bitacora files in Node for tests, following the documented format (docs/BACKUP.md).
import { createHash } from 'node:crypto';

export function buildBackupText(tables: Record<string, unknown[]>, schemaVersion = 1): string {
  const content = { tables, blobs: {}, meetings: {} };
  const contentText = JSON.stringify(content);
  const checksum = `sha256:${createHash('sha256').update(contentText).digest('hex')}`;
  const head = JSON.stringify({ format: 'bitacora-cte-respaldo', formatVersion: 1, createdAt: new Date().toISOString(), schemaVersion, checksum });
  return `${head.slice(0, -1)},"content":${contentText}}`;
}

export function manySessions(count: number, prefix = 's'): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    kind: 'ordinaria',
    number: (i % 8) + 1,
    date: '2019-01-25',
    ciclo: '2018-2019',
    modality: 'escuela',
    normas: ['Respeto', 'Escucha'],
    notes: `Sesión de prueba ${i} con texto suficiente para pesar algo en el disco: áéíóú ñ`,
    createdAt: 1,
    updatedAt: 1,
  }));
}
