// Publishes a problemática of the school's bitácora to a meeting's panel, every field copied.
// The meeting code (and Yjs) loads only here, when a teacher actually publishes.
import type { Problem } from '../../domain/problem';
import type { SchoolRef } from '../../domain/meeting';

export async function publishToMeeting(meetingId: string, problem: Problem, author: string, school: SchoolRef): Promise<void> {
  const { publishProblemToMeeting } = await import('../meetings/actions');
  await publishProblemToMeeting(
    meetingId,
    {
      contenido: problem.content,
      organizacion: problem.organization,
      estrategias: problem.strategies,
      intervencion: problem.interventions,
      recursos: problem.resources,
      noFuncionaron: problem.failedActions,
      apoyo: problem.supportRequested,
      sourceId: problem.id,
    },
    { author, school },
  );
}
