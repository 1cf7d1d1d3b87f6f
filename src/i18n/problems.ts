import type { ProblemField } from '../domain/problem';

export const problemText = {
  listTitle: 'Problemáticas',
  intro:
    'Anote el contenido programático o la habilidad de mayor complejidad que, a pesar del tratamiento didáctico, no ha dado los resultados esperados.',
  newTitle: 'Nueva problemática',
  editTitle: 'Editar problemática',
  empty: 'Aún no hay problemáticas registradas.',
  content: 'Contenido programático o habilidad',
  contentHint: 'El de mayor complejidad, que aún no da los resultados esperados.',
  gradeGroup: 'Grado y grupo, o asignatura',
  organization: 'Organización del grupo',
  organizationHint: 'Cómo organizó a los alumnos: individual, en parejas, en equipos, todo el grupo…',
  strategies: 'Estrategias utilizadas',
  interventions: 'Formas de intervención docente',
  resources: 'Recursos y materiales utilizados',
  failedActions: 'Acciones que no funcionaron y por qué',
  failedActionsHint: '¿Qué intentó y qué pasó? ¿Por qué cree que no dio resultado?',
  supportRequested: 'Apoyo que solicita la escuela',
  supportRequestedHint: 'Qué necesita de otras escuelas o colegas para abordar esta problemática en el salón de clases.',
  presentAtMeeting: 'Presentar en el encuentro “Aprendizaje entre escuelas”',
  presentShort: 'Para presentar en el encuentro',
  anyPresent: 'Todas',
  errors: {
    sessionId: 'Elija la sesión.',
    content: 'Escriba el contenido o la habilidad.',
    failedActions: 'Escriba qué acciones no funcionaron y por qué.',
  } satisfies Record<ProblemField, string>,
} as const;
