// Issue 19, item 6 (N3): in the sixth session each carried commitment is reviewed by the school
// that made it; reviews merge across devices, and a peer's forged or malformed ones are ignored.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeFollowUp, type FollowUp } from '../../src/meeting/followUp';
import { readReviews, reviewCommitment } from '../../src/meeting/followUpReview';
import { followUpReviewOf } from '../../src/meeting/layout';
import { ANA, BETO, codeOf, exchange, newMeetingDoc } from '../helpers/meetingFixtures';

const carried: FollowUp = {
  from: { meetingId: 'm3', name: 'Tercera sesión', date: '2018-11-30' },
  observations: [],
  commitments: [
    {
      text: 'Usar tiras de fracciones',
      school: ANA.school,
      author: ANA.author,
      responsible: 'Ana Ruiz',
      dueDate: '2019-03-29',
      showResults: 'Cuadernos',
    },
    {
      text: 'Lectura diaria en voz alta',
      school: BETO.school,
      author: BETO.author,
      responsible: 'Beto Díaz',
      dueDate: '',
      showResults: '',
    },
  ],
};

function sixthSession(): [Y.Doc, Y.Doc] {
  const a = newMeetingDoc();
  writeFollowUp(a, carried);
  const b = new Y.Doc();
  exchange(a, b);
  return [a, b];
}

it('N3: each school reviews its own commitments, on its own device, and both devices see both reviews', () => {
  const [a, b] = sixthSession();
  reviewCommitment(a, 0, { status: 'cumplido', note: '  Los cuadernos muestran avance  ' }, ANA, 10);
  reviewCommitment(b, 1, { status: 'enProceso', note: '' }, BETO, 11);
  exchange(a, b);
  for (const doc of [a, b]) {
    const { byIndex, invalid } = readReviews(doc);
    expect(invalid).toBe(0);
    expect(byIndex.get(0)).toMatchObject({
      status: 'cumplido',
      note: 'Los cuadernos muestran avance',
      author: 'Ana Ruiz',
      schoolCct: ANA.school.cct,
    });
    expect(byIndex.get(1)).toMatchObject({ status: 'enProceso', schoolCct: BETO.school.cct });
  }
  // A later review replaces the earlier one.
  reviewCommitment(a, 0, { status: 'enProceso', note: 'Falta el segundo grupo' }, ANA, 12);
  exchange(a, b);
  expect(readReviews(b).byIndex.get(0)).toMatchObject({ status: 'enProceso', note: 'Falta el segundo grupo' });
});

it('N3: another school, a missing commitment or a meeting without follow-up is refused', () => {
  const [a] = sixthSession();
  expect(codeOf(() => reviewCommitment(a, 1, { status: 'cumplido', note: '' }, ANA, 1))).toBe('notYourCommitment');
  expect(codeOf(() => reviewCommitment(a, 2, { status: 'cumplido', note: '' }, ANA, 1))).toBe('noSuchCommitment');
  expect(codeOf(() => reviewCommitment(newMeetingDoc(), 0, { status: 'cumplido', note: '' }, ANA, 1))).toBe('noSuchCommitment');
  expect(codeOf(() => reviewCommitment(a, 0, { status: 'x' as 'cumplido', note: '' }, ANA, 1))).toBe('invalidMeta');
  expect(readReviews(a).byIndex.size).toBe(0);
});

it('N3: a peer cannot review for another school, and malformed values are counted, not shown', () => {
  const [a, b] = sixthSession();
  // BETO's device writes a review claiming ANA's school for ANA's commitment: its device registered BETO.
  reviewCommitment(b, 1, { status: 'cumplido', note: '' }, BETO, 1);
  const forged = { status: 'cumplido', note: '', at: 2, author: 'Ana Ruiz', schoolName: ANA.school.name, schoolCct: ANA.school.cct };
  followUpReviewOf(b).set('0', forged);
  followUpReviewOf(b).set('7', { ...forged, schoolCct: BETO.school.cct });
  followUpReviewOf(b).set('abc', 'x');
  exchange(a, b);
  const { byIndex, invalid } = readReviews(a);
  expect([...byIndex.keys()]).toEqual([1]);
  expect(invalid).toBe(3);
});
