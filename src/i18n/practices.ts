import type { Assessment, PracticeField } from '../domain/practice';

// Wording follows the SEP guide for the second CTE session ("Valoración individual de las
// prácticas educativas implementadas, en función del avance de los alumnos").
export const practiceText = {
  listTitle: 'Prácticas educativas',
  intro:
    'Registre la práctica que, en su opinión, logró captar la atención de todos sus alumnos y ayudó con el contenido o la habilidad de mayor complejidad.',
  newTitle: 'Nueva práctica',
  editTitle: 'Editar práctica',
  empty: 'Aún no hay prácticas registradas.',
  title: 'Nombre de la práctica',
  titleHint: 'Un nombre corto para encontrarla después. Ejemplo: “Lectura en voz alta por parejas”.',
  description: '¿Qué hizo en el aula?',
  descriptionHint: 'Describa la práctica: cómo organizó al grupo, qué actividades realizó y durante cuánto tiempo.',
  teacher: 'Docente',
  teacherHint: 'Los docentes vienen de los datos de la escuela.',
  otherTeacher: 'Otro (escribir el nombre)',
  chooseTeacher: 'Elija un docente',
  teacherName: 'Nombre del docente',
  gradeGroup: 'Grado y grupo, o asignatura',
  difficulty: 'Contenido o habilidad de mayor dificultad que atiende',
  difficultyHint: 'El que identificó en la evaluación diagnóstica. Ejemplo: “Resolución de problemas con fracciones”.',
  materials: 'Materiales utilizados',
  reasonsLegend: 'Tres razones por las que la práctica está funcionando',
  reasonsHint:
    '¿Por qué considera que la práctica está funcionando con sus alumnos? Escriba tres razones a partir de los avances que tenga registrados.',
  reason: (n: number) => `Razón ${n}`,
  unsolved: 'Problemáticas que aún no se resuelven en el aula',
  unsolvedHint: 'Lo que todavía representa dificultad en la enseñanza y el aprendizaje.',
  attribution: '¿A qué elementos de su práctica atribuye estos resultados?',
  attributionHint:
    'Tanto lo que funciona como lo que aún no se resuelve. Ejemplo: la organización en parejas, el material concreto, el tiempo dedicado.',
  assessment: 'Valoración de la práctica',
  assessments: {
    favorece: 'Favorece el aprendizaje',
    fortalecer: 'Hay que fortalecerla',
    modificar: 'Hay que modificarla',
  } satisfies Record<Assessment, string>,
  shareNext: 'Compartir en el próximo encuentro “Aprendizaje entre escuelas”',
  shareNextShort: 'Para compartir en el encuentro',
  anyTeacher: 'Todos los docentes',
  anyAssessment: 'Todas las valoraciones',
  evidences: 'Evidencias ligadas',
  noEvidences: 'Aún no hay evidencias ligadas a esta práctica.',
  addEvidence: 'Agregar una evidencia',
  errors: {
    sessionId: 'Elija la sesión.',
    title: 'Escriba un nombre para la práctica.',
    description: 'Describa qué hizo en el aula.',
    teacherId: 'Elija el docente o escriba su nombre.',
    difficulty: 'Escriba el contenido o la habilidad que atiende.',
    reason0: 'Escriba la primera razón.',
    reason1: 'Escriba la segunda razón: la guía pide tres.',
    reason2: 'Escriba la tercera razón: la guía pide tres.',
    assessment: 'Elija una valoración.',
  } satisfies Record<PracticeField, string>,
} as const;
