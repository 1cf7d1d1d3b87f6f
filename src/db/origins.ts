// Where the meeting import ("Llevar a mi bitácora") asks whether a card was already brought in.
import type { Commitment } from '../domain/commitment';
import type { Practice } from '../domain/practice';
import { findCommitmentByOrigin } from './commitments';
import { findPracticeByOrigin } from './practices';

type OriginMatch = { kind: 'commitment'; record: Commitment } | { kind: 'practice'; record: Practice };

/** The entry imported from this origin key (`meeting:<meetingId>:<cardId>`), if any. */
export async function findByOrigin(originKey: string): Promise<OriginMatch | undefined> {
  const commitment = await findCommitmentByOrigin(originKey);
  if (commitment) return { kind: 'commitment', record: commitment };
  const practice = await findPracticeByOrigin(originKey);
  if (practice) return { kind: 'practice', record: practice };
  return undefined;
}
