// "Llevar a mi bitácora": what a school takes from a meeting into its own records, as drafts with
// a link back to the meeting and card. Pure: the same cards always give the same drafts.
import type { CommitmentDraft } from './commitment';
import type { CardOf } from './meeting';
import { emptyPractice, type PracticeDraft } from './practice';
import type { Origin } from './record';

export type TakeHomeItem =
  | { kind: 'commitment'; card: CardOf<'compromiso'> }
  | { kind: 'aportacion'; card: CardOf<'aportacion'>; problem: CardOf<'problematica'> }
  | { kind: 'observation'; card: CardOf<'observacion'>; problem: CardOf<'problematica'> | null };

export type TakeHomeDraft =
  | { target: 'commitment'; draft: CommitmentDraft; origin: Origin }
  | { target: 'practice'; draft: PracticeDraft; origin: Origin };

export function originOf(meetingId: string, cardId: string): Origin {
  return { kind: 'meeting', meetingId, cardId };
}

export function toDraft(item: TakeHomeItem, meetingId: string, sessionId: string, meetingName: string): TakeHomeDraft {
  const origin = originOf(meetingId, item.card.id);
  const from = `Encuentro “${meetingName}”`;
  switch (item.kind) {
    case 'commitment':
      return {
        target: 'commitment',
        origin,
        draft: {
          sessionId,
          statement: item.card.text,
          responsibleKind: 'escuela',
          responsibleTeacherId: '',
          responsibleName: '',
          dueDate: '',
          mechanism: `Acordado en el ${from}; definir cómo se mostrarán los resultados.`,
          instrument: '',
        },
      };
    case 'observation':
      return {
        target: 'commitment',
        origin,
        draft: {
          sessionId,
          statement: `Observación de clase (sexta sesión): ${item.card.teacher} (${item.card.teacherSchool.name})${item.problem ? ` — ${item.problem.text}` : ''}`,
          responsibleKind: 'docente',
          responsibleTeacherId: '',
          responsibleName: item.card.teacher,
          dueDate: '',
          mechanism: 'Observación de clase entre escuelas',
          instrument: item.card.text,
        },
      };
    case 'aportacion':
      // An aportación is an idea to try: it becomes a práctica draft whose reasons the teacher
      // writes once it has been tried (the form asks for them when it is edited).
      return {
        target: 'practice',
        origin,
        draft: {
          ...emptyPractice(sessionId),
          title: item.card.text.slice(0, 120),
          description: `Propuesta de ${item.card.author} (${item.card.school.name}) en el ${from}: ${item.card.text}`,
          teacherName: item.card.author,
          difficulty: item.problem.text,
          assessment: 'fortalecer',
        },
      };
  }
}
