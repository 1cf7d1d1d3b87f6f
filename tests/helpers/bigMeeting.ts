// A large meeting for benchmarks and scale tests: N cards spread over every panel, written through
// the mapping layer by one school, as one device would after a long day. Deterministic.
import * as Y from 'yjs';
import { addCard, initMeeting, joinSchool, publishProblem, toggleStar, type Writer } from '../../src/meeting/model';
import { encodeMeetingFile } from '../../src/meeting/file';
import { TABLE_COLUMNS, type MeetingMeta } from '../../src/domain/meeting';

export const BIG_META: MeetingMeta = {
  id: 'bench-0001',
  name: 'Encuentro de prueba grande',
  date: '2018-11-30',
  place: 'Zona 087',
  createdAt: 1,
};

const SENTENCE = 'Propuesta para trabajar las fracciones con material concreto y registrar el avance de cada alumno';

export function bigMeetingDoc(cards: number, writer: Writer, clientID: number, meta: MeetingMeta = BIG_META): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  initMeeting(doc, meta);
  joinSchool(doc, writer.school, 1);
  let t = 1_700_000_000_000 + clientID * 7;
  const problems: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < cards; i++) {
      const text = `${SENTENCE} (${writer.school.cct} ${i})`;
      const r = i % 20;
      t += 1000;
      if (r < 4) addCard(doc, { kind: 'norma', text }, writer, t);
      else if (r < 8) addCard(doc, { kind: 'idea', text }, writer, t);
      else if (r < 10) addCard(doc, { kind: 'tabla', column: TABLE_COLUMNS[i % 3]!, text }, writer, t);
      else if (r < 12) addCard(doc, { kind: 'equipo', team: ((i % 4) + 1) as 1 | 2 | 3 | 4, text }, writer, t);
      else if (r < 14) addCard(doc, { kind: 'conclusion', text }, writer, t);
      else if (r === 14 && problems.length < 10) {
        problems.push(
          publishProblem(
            doc,
            {
              contenido: text,
              organizacion: 'Por grados',
              estrategias: 'Tutoría',
              intervencion: 'Pares',
              recursos: 'Regletas',
              noFuncionaron: 'Libro',
              apoyo: 'Estrategias',
            },
            writer,
            t,
          ),
        );
      } else if (r < 17 && problems.length) {
        const id = addCard(
          doc,
          { kind: 'aportacion', parentId: problems[i % problems.length]!, aportacionKind: 'estrategia', text },
          writer,
          t,
        );
        // A different person for every star, so no one passes the budget of 3 (M14) however many cards.
        if (i % 3 === 0) toggleStar(doc, id, { ...writer, author: `${writer.author} ${i}` }, t);
      } else
        addCard(
          doc,
          {
            kind: 'compromiso',
            team: i % 5 === 0 ? null : (((i % 4) + 1) as 1 | 2 | 3 | 4),
            text,
            responsible: 'María López',
            dueDate: '2019-03-29',
            showResults: 'Registros en la sexta sesión',
          },
          writer,
          t,
        );
    }
  });
  return doc;
}

/** Two 5,000-card files of one meeting, written by two schools that never connected. */
export function benchFiles(cards = 5000): { a: Uint8Array; b: Uint8Array; meetingId: string } {
  const a = bigMeetingDoc(cards, { author: 'Ana Ruiz', school: { name: 'Escuela Benito Juárez', cct: '14DPR0123X' } }, 101);
  const b = bigMeetingDoc(cards, { author: 'Beto Díaz', school: { name: 'Escuela Emiliano Zapata', cct: '14DPR0456Y' } }, 202);
  return { a: encodeMeetingFile(a), b: encodeMeetingFile(b), meetingId: BIG_META.id };
}
