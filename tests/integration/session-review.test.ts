// Issue 16, items 3 and 7: the review that opens session N lists the open commitments of earlier
// sessions only, and a follow-up written from that review carries the session's date.
import { beforeEach, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createCommitment, listOpenCommitments } from '../../src/db/commitments';
import { createSession } from '../../src/db/sessions';
import { emptyCommitment } from '../../src/domain/commitment';
import type { SessionDraft } from '../../src/domain/session';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

function session(number: number, date: string): SessionDraft {
  return { kind: 'ordinaria', number, date, ciclo: '2018-2019', modality: 'escuela', normas: [], notes: '', attendance: [] };
}

function commitment(sessionId: string, statement: string) {
  return { ...emptyCommitment(sessionId), statement, dueDate: '2018-12-14', mechanism: 'Registro' };
}

it("session 3's review lists the commitments of sessions 1 and 2, not its own nor later ones", async () => {
  const s1 = await createSession(session(1, '2018-09-28'));
  const s2 = await createSession(session(2, '2018-10-26'));
  const s3 = await createSession(session(3, '2018-11-30'));
  const s4 = await createSession(session(4, '2019-01-25'));
  await createCommitment(commitment(s1.id, 'De la primera'));
  await createCommitment(commitment(s2.id, 'De la segunda'));
  await createCommitment(commitment(s3.id, 'De la tercera'));
  await createCommitment(commitment(s4.id, 'De la cuarta'));
  await createCommitment(commitment('', 'Sin sesión'));

  const forThird = (await listOpenCommitments('2018-11-30', s3.id)).map((c) => c.statement).sort();
  expect(forThird).toEqual(['De la primera', 'De la segunda', 'Sin sesión']);
  expect((await listOpenCommitments('2018-11-30', s1.id)).map((c) => c.statement)).toEqual(['Sin sesión']);
  // Without a session (from the home screen) every open commitment is reviewed.
  expect(await listOpenCommitments('2018-11-30')).toHaveLength(5);
});
