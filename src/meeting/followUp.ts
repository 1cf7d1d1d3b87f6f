// The sixth session continues the third (issue 19, item 6): "Continuar este encuentro" creates a
// meeting for the same schools that carries, as plain values written once (rule N1), the class to
// be observed and the commitments to review. Read back validated (N2): a peer's document is
// untrusted, a bad entry is dropped and counted, never shown.
import type * as Y from 'yjs';
import { z } from 'zod';
import { isIsoDate, MAX_NAME, MAX_TEXT, SchoolRefSchema } from '../domain/meeting';
import type { MeetingOutcomes } from './outcomes';
import { followUpOf } from './layout';

const name = z.string().trim().min(1).max(MAX_NAME);
const FromSchema = z.object({ meetingId: z.string().min(1).max(100), name, date: z.string().refine(isIsoDate) });
const ObservationSchema = z.object({
  teacher: name,
  teacherSchool: SchoolRefSchema,
  problem: z.string().max(MAX_TEXT),
  notes: z.string().max(MAX_TEXT),
});
const CommitmentSchema = z.object({
  text: z.string().min(1).max(MAX_TEXT),
  school: SchoolRefSchema,
  author: name,
  responsible: z.string().max(MAX_NAME),
  dueDate: z.string().max(10),
  showResults: z.string().max(MAX_NAME * 5),
});

export type CarriedObservation = z.infer<typeof ObservationSchema>;
export type CarriedCommitment = z.infer<typeof CommitmentSchema>;

export interface FollowUp {
  from: z.infer<typeof FromSchema>;
  observations: CarriedObservation[];
  commitments: CarriedCommitment[];
}

/** What the follow-up carries from a meeting's outcomes (annulled cards were already left out). */
export function followUpFrom(meetingId: string, meta: { name: string; date: string }, o: MeetingOutcomes): FollowUp {
  return {
    from: { meetingId, name: meta.name, date: meta.date },
    observations: o.observationPlan.map(({ observation, problem }) => ({
      teacher: observation.teacher,
      teacherSchool: observation.teacherSchool,
      problem: problem?.text ?? '',
      notes: observation.text,
    })),
    commitments: o.commitments.map((c) => ({
      text: c.text,
      school: c.school,
      author: c.author,
      responsible: c.responsible ?? '',
      dueDate: c.dueDate ?? '',
      showResults: c.showResults ?? '',
    })),
  };
}

export function writeFollowUp(doc: Y.Doc, f: FollowUp): void {
  const map = followUpOf(doc);
  doc.transact(() => {
    map.set('from', f.from);
    map.set('observations', f.observations);
    map.set('commitments', f.commitments);
  });
}

function validList<T>(schema: z.ZodType<T>, value: unknown): { items: T[]; invalid: number } {
  if (!Array.isArray(value)) return { items: [], invalid: value === undefined ? 0 : 1 };
  const parsed = value.slice(0, 2000).map((v) => schema.safeParse(v));
  const items = parsed.flatMap((p) => (p.success ? [p.data] : []));
  return { items, invalid: value.length - items.length };
}

/** Whether this meeting continues another (a valid `from`, N2), without reading the carried lists: the agenda asks on every change. */
export function continuesAMeeting(doc: Y.Doc): boolean {
  return FromSchema.safeParse(followUpOf(doc).get('from')).success;
}

/** The follow-up this meeting carries, or null when it continues none. */
export function readFollowUp(doc: Y.Doc): (FollowUp & { invalid: number }) | null {
  const map = followUpOf(doc);
  const from = FromSchema.safeParse(map.get('from'));
  if (!from.success) return null;
  const observations = validList(ObservationSchema, map.get('observations'));
  const commitments = validList(CommitmentSchema, map.get('commitments'));
  return {
    from: from.data,
    observations: observations.items,
    commitments: commitments.items,
    invalid: observations.invalid + commitments.invalid,
  };
}
