// Spanish text of the teams' work (issue 19, item 4): the note that coincides with the tabla
// (activity 13) and the worksheet with the moderator's questions (activities 26-29), in our words.
import type { TeamPrompt } from '../domain/meeting';

export const teamWorkText = {
  coincidesLabel: 'Coincide con la tabla (actividad 7)',
  noCoincidence: 'No coincide con ninguna tarjeta',
  coincidesWith: (text: string) => `Coincide con la tabla: «${text}»`,
  coincidesMissing: 'Coincide con una tarjeta de la tabla que aún no llega a este dispositivo.',
  promptLabel: 'Pregunta de la moderación',
  freeNote: 'Nota libre del equipo',
  worksheet: 'Hoja de trabajo del equipo',
  worksheetHint: 'La moderación guía con estas preguntas; respondan una tarjeta por respuesta.',
  answers: (n: number) => (n === 1 ? '1 respuesta' : `${n} respuestas`),
  prompts: {
    atendieron: '¿Cómo atendieron la problemática en su grupo?',
    dificultad: '¿Qué les costó más en su intervención?',
    sinResultados: '¿Qué actividades no dieron los resultados esperados?',
    recursos: '¿Qué recursos o materiales usaron en ellas?',
    avances: '¿Qué avances y qué evidencias de ellos tienen?',
    evaluan: '¿Cómo evalúan, además de las pruebas escritas?',
    estrategias: '¿Qué estrategias o propuestas ofrecen a los colegas?',
  } satisfies Record<TeamPrompt, string>,
};
