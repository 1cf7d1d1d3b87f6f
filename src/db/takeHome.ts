// Imports chosen meeting outcomes into the school's records in one transaction. Each entry keeps
// its origin (meeting + card): importing again finds it instead of duplicating it.
import type { TakeHomeDraft } from '../domain/takeHome';
import { originKeyOf } from '../domain/record';
import { createCommitment, findCommitmentByOrigin } from './commitments';
import { createPractice, findPracticeByOrigin } from './practices';
import { write } from './writes';

export async function importOutcomes(drafts: TakeHomeDraft[], now: number = Date.now()): Promise<{ added: number; already: number }> {
  return write(['commitments', 'practices', 'history'], async () => {
    let added = 0;
    let already = 0;
    for (const d of drafts) {
      if (await alreadyImported(d)) {
        already++;
        continue;
      }
      if (d.target === 'commitment') await createCommitment(d.draft, { origin: d.origin, now });
      else await createPractice(d.draft, { origin: d.origin, now });
      added++;
    }
    return { added, already };
  });
}

export async function alreadyImported(d: Pick<TakeHomeDraft, 'target' | 'origin'>): Promise<boolean> {
  const key = originKeyOf(d.origin);
  if (!key) return false;
  return d.target === 'commitment' ? !!(await findCommitmentByOrigin(key)) : !!(await findPracticeByOrigin(key));
}
