// Builds .bitacora files in Node for tests and benchmarks, following the documented format
// (docs/BACKUP.md): the app's own restore path then validates and stores them, so fixtures go
// through the same checks as a teacher's file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Fixture {
  tables: Record<string, unknown[]>;
  blobs?: Record<string, { type: string; data: string }>;
}

export function buildBackupText({ tables, blobs = {} }: Fixture, schemaVersion = 2): string {
  const content = { tables, blobs, meetings: {} };
  const contentText = JSON.stringify(content);
  const checksum = `sha256:${createHash('sha256').update(contentText).digest('hex')}`;
  const head = JSON.stringify({ format: 'bitacora-cte-respaldo', formatVersion: 1, createdAt: new Date().toISOString(), schemaVersion, checksum });
  return `${head.slice(0, -1)},"content":${contentText}}`;
}

export function manySessions(count: number, prefix = 's'): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => session(`${prefix}-${i}`, (i % 8) + 1, '2019-01-25', `Sesión de prueba ${i} con texto suficiente para pesar algo en el disco: áéíóú ñ`));
}

export function session(id: string, number: number, date: string, notes = '', normas: string[] = ['Respeto', 'Escucha']) {
  return { id, kind: 'ordinaria', number, date, ciclo: '2018-2019', modality: 'escuela', normas, notes, createdAt: 1, updatedAt: 1 };
}

const meta = (id: string, t: number) => ({ id, version: 1, createdAt: t, updatedAt: t });

export function practice(id: string, sessionId: string, title: string, t = 1, extra: Record<string, unknown> = {}) {
  return {
    ...meta(id, t), sessionId, title, description: `Descripción de «${title}»: trabajo en equipos con material concreto.`,
    teacherId: 't1', teacherName: 'María López Pérez', gradeGroup: '3° A', difficulty: 'Resolución de problemas con fracciones',
    materials: 'Regletas, hojas de colores', reasons: ['Los alumnos participan más', 'Mejoraron sus registros', 'Explican su procedimiento'],
    unsolved: 'Algunos alumnos aún no comparan fracciones', attribution: 'Al trabajo en equipos', assessment: 'favorece', shareNext: true, ...extra,
  };
}

export function evidence(id: string, practiceIds: string[], fileIds: string[], description: string, t = 1) {
  return { ...meta(id, t), kind: 'fotografia', description, date: '2018-11-20', group: '3° A', practiceIds, fileIds };
}

export function photoFile(id: string, evidenceId: string, blobKey: string) {
  return { id, evidenceId, name: `${id}.png`, type: 'image/png', size: 5285, blob: { $blob: blobKey }, width: 512, height: 512, addedAt: 1 };
}

export function problem(id: string, sessionId: string, content: string, t = 1) {
  return {
    ...meta(id, t), sessionId, content, gradeGroup: '5° B', organization: 'Trabajo individual', strategies: 'Lectura guiada',
    interventions: 'Tutoría entre pares', resources: 'Libros de texto', failedActions: 'Dictados: no mejoró la comprensión porque…',
    supportRequested: 'Estrategias para comprensión lectora', presentAtMeeting: true,
  };
}

export function commitment(id: string, sessionId: string, statement: string, t = 1, followUps: unknown[] = [], extra: Record<string, unknown> = {}) {
  return {
    ...meta(id, t), sessionId, statement, responsibleKind: 'escuela', responsibleTeacherId: '', responsibleName: '', dueDate: '2019-01-25',
    mechanism: 'Registro de lectura', instrument: 'Lista de cotejo', status: 'enProceso', followUps, ...extra,
  };
}

/** A real PNG (the app icon) as base64, for photo fixtures. */
export function pngBlob(): { type: string; data: string } {
  return { type: 'image/png', data: readFileSync('public/icons/icon-512.png').toString('base64') };
}
