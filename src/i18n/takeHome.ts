import type { TakeHomeWording } from '../domain/takeHome';
export const takeHomeText = {
  title: 'Llevar a mi bitácora',
  intro:
    'Elija lo que su escuela se lleva del encuentro. Se guardará en su bitácora con un enlace al encuentro; si ya lo trajo antes, no se repite.',
  link: 'Llevar a mi bitácora',
  session: 'Sesión de su bitácora donde se registrará',
  noSessions: 'Primero registre en su bitácora la sesión del encuentro.',
  commitments: 'Compromisos del panel',
  conclusions: 'Conclusiones (se llevan como acuerdos de la escuela)',
  fromMeeting: (name: string) => `Traído del encuentro “${name}”`,
  fromUnknownMeeting: 'Traído de un encuentro “Aprendizaje entre escuelas”',
  toComplete: 'Por completar',
  toCompleteIntro: 'Llegó de un encuentro y le falta:',
  completeLink: 'Completar ahora',
  reasonsLater: 'Traída de un encuentro: puede guardarla sin las tres razones y escribirlas cuando la haya probado en su grupo.',
  aportaciones: 'Aportaciones (ideas para una práctica)',
  answers: (problem: string) => `Para: ${problem}`,
  stars: (n: number) => (n === 1 ? '1 estrella' : `${n} estrellas`),
  observations: 'Plan de observación de clase',
  none: 'No hay nada en esta sección.',
  already: 'Ya está en su bitácora',
  submit: 'Llevar lo elegido a mi bitácora',
  nothingChosen: 'Elija al menos un elemento.',
  done: (added: number, already: number) =>
    `Listo: ${added} ${added === 1 ? 'registro nuevo' : 'registros nuevos'} en su bitácora${already ? `; ${already} ya estaban` : ''}.`,
  publishTitle: 'Presentar en un encuentro',
  publishIntro: 'Publica esta problemática en el panel de problemáticas de un encuentro, con todos sus campos.',
  publishMeeting: 'Encuentro',
  publishAuthor: 'Quién la presenta',
  publish: 'Publicar en el encuentro',
  published: 'Publicada en el panel de problemáticas del encuentro.',
  noMeetings: 'Aún no hay encuentros en este dispositivo. Cree uno o únase en “Encuentros”.',
  openMeeting: 'Abrir el encuentro',
} as const;

/** How a record brought from a meeting is written (domain/takeHome's toDraft). */
export const takeHomeWording: TakeHomeWording = {
  from: (meetingName) => `Encuentro “${meetingName}”`,
  observation: (teacher, school, problem) => `Observación de clase (sexta sesión): ${teacher} (${school})${problem ? ` — ${problem}` : ''}`,
  observationMechanism: 'Observación de clase entre escuelas',
  proposal: (author, school, from, text) => `Propuesta de ${author} (${school}) en el ${from}: ${text}`,
  attribution: (author, school, from) => `${author}, ${school} (${from})`,
};
