// Spanish text of the moderator's view (activity 27: a moderator per team), in our own words.
import type { Team } from '../domain/meeting';

export const moderatorText = {
  heading: 'Vista de la moderación (actividad 27)',
  hint: 'Quien modera un equipo ve aquí, juntas, las preguntas de la hoja de trabajo con lo que el equipo ya respondió y sus aportaciones a las problemáticas. Se abre en el equipo que usted modera.',
  viewLabel: 'Equipo que modera',
  none: 'Ninguno',
  moderatedBy: (author: string, school: string) => `Modera: ${author} (${school})`,
  noModerator: (team: Team) =>
    `El Equipo ${team} aún no tiene moderación: en Roles, elija el equipo y toque «Yo modero el equipo ${team}».`,
  questions: 'Preguntas de la moderación',
  answerLabel: (team: Team) => `Respuesta del Equipo ${team}`,
  promptLabel: 'Pregunta que responde',
  coincidesLabel: 'Coincide con una tarjeta de la tabla (actividad 7)',
  aportaciones: (team: Team) => `Aportaciones del Equipo ${team} (actividades 21 y 22)`,
  noAportaciones: (team: Team) => `El Equipo ${team} aún no hace aportaciones a las problemáticas.`,
  about: (problem: string) => `Sobre «${problem}»`,
};
