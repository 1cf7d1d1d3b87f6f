// Publishes a problemática of the school's bitácora to a meeting's panel, every field copied.
// Yjs is loaded only here, when a teacher actually publishes.
import type { Problem } from '../../domain/problem';
import type { SchoolRef } from '../../domain/meeting';

export async function publishToMeeting(meetingId: string, problem: Problem, author: string, school: SchoolRef): Promise<void> {
  const [{ openMeetingDoc }, { publishProblem, joinSchool }] = await Promise.all([import('../../meeting/persistence'), import('../../meeting/model')]);
  const open = await openMeetingDoc(meetingId);
  try {
    await open.whenSynced;
    const now = Date.now();
    joinSchool(open.doc, school, now);
    publishProblem(
      open.doc,
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
      now,
    );
  } finally {
    await open.destroy();
  }
}
