// What a práctica still lacks, in Spanish, for the "Por completar" notice (records from a meeting).
import { validatePractice, type Practice, type PracticeField } from '../../domain/practice';
import { practiceText as t } from '../../i18n/practices';

export function missingPractice(p: Practice): string[] {
  const fields = Object.keys(validatePractice(p)) as PracticeField[];
  const reasons = fields.filter((f) => f.startsWith('reason'));
  const out = fields.filter((f) => !f.startsWith('reason')).map((f) => t.errors[f]);
  // Three empty reasons are one thing to do, not three.
  if (reasons.length === 3) out.push(`${t.reasonsLegend}.`);
  else out.push(...reasons.map((f) => t.errors[f]));
  return out;
}
