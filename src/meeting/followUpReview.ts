// How each commitment carried into the sixth session went (issue 19, rule N3): the school that made
// it says whether it was fulfilled, is under way or was not started, and what results it showed.
// One value per commitment (its index in the carried list, which is written once, N1), last writer
// wins. Read back validated: the shape, a commitment that exists, a review claiming the commitment's
// own school, written by a device that registered that school (M10). Anything else is counted.
import type * as Y from 'yjs';
import { z } from 'zod';
import { MAX_NAME, MAX_TEXT, type Writer } from '../domain/meeting';
import { MeetingInputError } from './errors';
import { readFollowUp } from './followUp';
import { followUpReviewOf } from './layout';
import { registerWriter } from './ownership';
import { readWriters } from './read';
import { wellFormed } from './textDiff';

export const REVIEW_STATUSES = ['cumplido', 'enProceso', 'sinIniciar'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const ReviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  note: z.string().max(MAX_TEXT),
  at: z.number().int().nonnegative().max(8.64e15),
  author: z.string().min(1).max(MAX_NAME),
  schoolName: z.string().min(1).max(MAX_NAME),
  schoolCct: z.string().min(1).max(MAX_NAME),
});

export type CommitmentReview = z.infer<typeof ReviewSchema>;

/** N3: records the review of carried commitment `index`; only its own school may. */
export function reviewCommitment(
  doc: Y.Doc,
  index: number,
  input: { status: ReviewStatus; note: string },
  writer: Writer,
  now: number,
): void {
  const commitment = readFollowUp(doc)?.commitments[index];
  if (!commitment) throw new MeetingInputError('noSuchCommitment');
  if (commitment.school.cct !== writer.school.cct) throw new MeetingInputError('notYourCommitment');
  const review = {
    status: input.status,
    note: wellFormed(input.note.trim()),
    at: now,
    author: wellFormed(writer.author.trim()),
    schoolName: wellFormed(writer.school.name),
    schoolCct: writer.school.cct,
  };
  if (!ReviewSchema.safeParse(review).success) throw new MeetingInputError('invalidMeta');
  doc.transact(() => {
    registerWriter(doc, writer);
    followUpReviewOf(doc).set(String(index), review);
  });
}

/** The valid reviews by commitment index, and how many values were ignored. */
export function readReviews(doc: Y.Doc): { byIndex: Map<number, CommitmentReview>; invalid: number } {
  const commitments = readFollowUp(doc)?.commitments ?? [];
  const writers = readWriters(doc);
  const map = followUpReviewOf(doc);
  const byIndex = new Map<number, CommitmentReview>();
  let invalid = 0;
  map.forEach((value, key) => {
    const index = /^\d{1,4}$/.test(key) ? Number(key) : -1;
    const parsed = ReviewSchema.safeParse(value);
    const client = map._map.get(key)?.id.client;
    const ok =
      parsed.success &&
      commitments[index]?.school.cct === parsed.data.schoolCct &&
      client !== undefined &&
      writers.get(client) === parsed.data.schoolCct;
    if (ok) byIndex.set(index, parsed.data);
    else invalid++;
  });
  return { byIndex, invalid };
}
