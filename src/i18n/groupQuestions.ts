// Spanish text of the three questions the group answers before its conclusions (issue 19, item 4:
// activity 14), in our own words, not the guide's.
import type { GroupQuestion } from '../domain/meeting';

export const groupQuestionsText = {
  heading: 'Las tres preguntas (actividad 14)',
  hint: 'Respondan en grupo, una tarjeta por respuesta. Con estas respuestas y lo anotado antes escribirán sus conclusiones.',
  questions: {
    fortalecer:
      '¿Qué nos falta fortalecer como escuelas para comunicarnos mejor, compartir lo que vivimos en el aula y apoyar a los colegas?',
    presentacion: '¿Qué queremos lograr como escuela con la presentación que trajimos para las demás escuelas?',
    aportar: '¿Cuál es la mejor manera de hacer aportaciones a los colegas?',
  } satisfies Record<GroupQuestion, string>,
  addAnswer: 'Agregar respuesta',
  answerLabel: (n: number) => `Respuesta a la pregunta ${n}`,
  answers: (n: number) => (n === 0 ? 'Sin respuestas aún' : n === 1 ? '1 respuesta' : `${n} respuestas`),
  conclusionsHeading: 'Conclusiones (actividades 15 y 16)',
};
