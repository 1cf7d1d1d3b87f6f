// Spanish text of the tabla's later work (issue 19, item 4): the plenary's comments after the
// video, incorporated into the columns (activity 11), and how to strengthen the ideas (activity 8).
// In our own words, not the guide's.
const quote = (text: string) => (text.length > 60 ? `«${text.slice(0, 57)}…»` : `«${text}»`);

export const tablaWorkText = {
  plenary: {
    heading: 'Comentarios de la plenaria sobre el video (actividad 11)',
    hint: 'Con tres participaciones suele bastar. Si alguien menciona algo que no estaba en la tabla, agréguenlo aquí a su columna.',
    badge: 'Plenaria, después del video',
    textLabel: 'Comentario de la plenaria',
    count: (n: number) => (n === 1 ? '1 comentario de la plenaria en la tabla.' : `${n} comentarios de la plenaria en la tabla.`),
    submit: 'Agregar a la tabla',
  },
  strengthen: {
    heading: 'Cómo fortalecerlas (actividad 8)',
    hint: 'Con la lluvia de ideas y las columnas a la vista: ¿qué harán para seguir haciendo bien lo que ya practican, y para empezar lo que aún no? Anoten también sus argumentos.',
    textLabel: 'Cómo fortalecerlas',
    forLabel: 'Para fortalecer',
    practicadas: 'Las que ya practicamos',
    noPracticadas: 'Las que aún no practicamos',
    submit: 'Agregar propuesta',
    empty: 'Aún no hay propuestas para fortalecerlas.',
  },
  columnLabel: 'Columna',
  aboutLabel: 'Sobre la tarjeta',
  aboutNone: 'Ninguna en particular',
  about: (text: string) => `Sobre ${quote(text)}`,
  aboutMissing: 'Sobre una tarjeta de la tabla que aún no llega a este dispositivo.',
  short: quote,
  printPlenary: 'plenaria, actividad 11',
};
