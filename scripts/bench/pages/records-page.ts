// Benchmark page for the bitácora's lists (scripts/bench/rows/records.mjs). It bundles the real
// repositories (src/db/practices.ts), not a copy, into a page of its own, so the production app
// carries no test hooks. It only exposes two functions on window for the benchmark to time.
import { db } from '../../../src/db/database';
import { bulkCreatePractices, listPractices, type PracticeQuery } from '../../../src/db/practices';
import { emptyPractice, type PracticeDraft } from '../../../src/domain/practice';

const WORDS = [
  'lectura',
  'escritura',
  'fracciones',
  'cálculo',
  'problemas',
  'comprensión',
  'geometría',
  'ciencias',
  'historia',
  'convivencia',
  'oralidad',
  'medición',
  'parejas',
  'equipos',
  'juego',
  'proyecto',
];
const ASSESSMENTS = ['favorece', 'fortalecer', 'modificar'] as const;

function draft(i: number): PracticeDraft {
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;
  return {
    ...emptyPractice(`session-${i % 8}`),
    title: `Práctica de ${w(1)} y ${w(2)} número ${i}`,
    description: `Actividad de ${w(3)} con ${w(4)} durante 20 minutos diarios en el aula.`,
    teacherId: `teacher-${i % 10}`,
    teacherName: `Docente ${i % 10}`,
    gradeGroup: `${(i % 6) + 1}° ${'ABC'[i % 3]}`,
    difficulty: `Comprensión de ${w(5)}`,
    materials: 'Libro de texto, tarjetas',
    reasons: [`Avance en ${w(6)}`, 'Participan todos', 'Mejoró el registro'],
    assessment: ASSESSMENTS[i % 3]!,
    shareNext: i % 10 === 0,
  };
}

declare global {
  interface Window {
    benchRecords: {
      reset(): Promise<void>;
      bulk(n: number): Promise<number>;
      page(q: PracticeQuery): Promise<{ ms: number; rows: number; total: number; lastId: string | undefined }>;
    };
  }
}

window.benchRecords = {
  async reset() {
    await db.delete();
    await db.open();
  },
  async bulk(n) {
    const drafts = Array.from({ length: n }, (_, i) => draft(i));
    const t0 = performance.now();
    await bulkCreatePractices(drafts);
    return performance.now() - t0;
  },
  async page(q) {
    const t0 = performance.now();
    const res = await listPractices(q);
    return { ms: performance.now() - t0, rows: res.rows.length, total: res.total, lastId: res.rows.at(-1)?.id };
  },
};
document.title = 'ready';
