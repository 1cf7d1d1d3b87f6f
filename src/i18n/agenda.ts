// Spanish text of the third session's agenda, in our own words (never the guide's text): what to
// do in each activity and the questions it asks. Ids: domain/agenda.ts.
import { GROUP_QUESTIONS } from '../domain/meeting';
import { groupQuestionsText } from './groupQuestions';
interface ActivityText {
  title: string;
  todo: string;
  questions: readonly string[];
}

export const agendaParts: Record<string, string> = {
  reflexionar: '1. Reflexionar y compartir entre pares',
  compartir: '2. Compartir las problemáticas más complejas',
  aportar: '3. Aportar para mejorar la enseñanza',
  'seguimiento-revisar': '1. Revisar lo que nos comprometimos',
  'seguimiento-clase': '2. La clase observada',
  'seguimiento-avanzar': '3. Lo que sigue',
};

// The follow-up session's own agenda (domain/agenda.ts, FOLLOW_UP_AGENDA): its guide is not among
// ours, so these say what the app knows the session is for.
const followUpActivities: Record<string, ActivityText> = {
  'seguimiento-bienvenida': {
    title: 'Bienvenida y recuento',
    todo: 'Los directores recuerdan qué se acordó en el encuentro anterior y para qué se reúnen hoy.',
    questions: ['¿Qué nos propusimos la vez pasada?'],
  },
  'seguimiento-compromisos': {
    title: 'Revisión de los compromisos',
    todo: 'Cada escuela dice, compromiso por compromiso, si lo cumplió, va en proceso o no lo ha iniciado, y muestra sus resultados.',
    questions: ['¿Qué logramos con lo que nos comprometimos?', '¿Qué nos faltó y por qué?'],
  },
  'seguimiento-observacion': {
    title: 'Comentar la clase observada',
    todo: 'Quienes observaron la clase cuentan lo que vieron, con lo que se acordó mirar en ella.',
    questions: ['¿Qué funcionó en esa clase?', '¿Qué le sugerimos a quien la dio?'],
  },
  'seguimiento-nuevos': {
    title: 'Nuevos compromisos',
    todo: 'Con lo revisado, cada quien escribe qué hará ahora, para cuándo y cómo mostrará resultados.',
    questions: ['¿Qué seguimos haciendo y qué cambiamos?'],
  },
  'seguimiento-comunicar': {
    title: 'Comunicar y cerrar',
    todo: 'Acuerden cómo avisar a la comunidad escolar de los nuevos compromisos y cierren la sesión.',
    questions: ['¿Cómo se enterarán las familias?'],
  },
};

export const agendaActivities: Record<string, ActivityText> = {
  ...followUpActivities,
  bienvenida: {
    title: 'Bienvenida y propósitos',
    todo: 'Los directores reciben a los colectivos y leen juntos para qué es la sesión.',
    questions: ['¿Qué esperamos lograr hoy?'],
  },
  representantes: {
    title: 'Representantes por escuela',
    todo: 'Cada escuela elige a quien registrará lo que se trabaje.',
    questions: ['¿Quién registra por su escuela?'],
  },
  normas: {
    title: 'Normas de convivencia',
    todo: 'Acuerden las normas para trabajar en grupo.',
    questions: ['¿Qué necesitamos para escucharnos y avanzar?'],
  },
  lectura: {
    title: 'Lectura individual',
    todo: 'Cada quien lee y subraya las ideas sobre aprender entre pares.',
    questions: ['¿Qué idea le parece más importante?'],
  },
  lluvia: {
    title: 'Lluvia de ideas',
    todo: 'Digan qué entienden por aprender entre escuelas.',
    questions: ['¿Qué significa para usted aprender con colegas de otra escuela?'],
  },
  tabla: {
    title: 'Tabla de tres columnas',
    todo: 'Ordenen las ideas: lo que ya practican, lo que no y lo que les gustaría.',
    questions: ['¿Cómo fortalecer lo que ya hacen?', '¿Cómo empezar lo que aún no?'],
  },
  video: {
    title: 'Video y comentarios',
    todo: 'Vean el video y agreguen a la tabla lo que no se había dicho.',
    questions: ['¿Qué vieron que no estaba en la tabla?'],
  },
  equipos: {
    title: 'Cuatro equipos',
    todo: 'Cada equipo profundiza un tema y anota lo relevante; al agregar una nota, elijan con qué tarjeta de la tabla coincide.',
    questions: ['¿Qué coincide con lo que ya registramos?'],
  },
  preguntas: {
    title: 'Tres preguntas',
    todo: 'Respondan en grupo, una tarjeta por respuesta.',
    questions: GROUP_QUESTIONS.map((q) => groupQuestionsText.questions[q]),
  },
  conclusiones: {
    title: 'Conclusiones y compromisos',
    todo: 'Con lo anterior, escriban conclusiones que serán compromisos; el responsable las lleva a la bitácora.',
    questions: ['¿A qué nos comprometemos como escuelas?'],
  },
  presentaciones: {
    title: 'Presentación de cada escuela',
    todo: 'Cada escuela presenta su problemática, máximo 10 minutos; los demás anotan dudas.',
    questions: ['¿Qué dudas le deja esta presentación?'],
  },
  aportaciones: {
    title: 'Aportaciones por equipo',
    todo: 'Los equipos acuerdan y exponen sus aportaciones a cada problemática.',
    questions: ['¿Qué sugerimos a esta escuela?'],
  },
  soluciones: {
    title: 'Soluciones más relevantes',
    todo: 'Destaquen con estrellas las soluciones más útiles y elijan cuáles aplicarán.',
    questions: ['¿Cuál de estas alternativas aplicaríamos en nuestra escuela?'],
  },
  reflexion: {
    title: 'Reflexión con moderador',
    todo: 'En los mismos equipos, nombren un moderador y respondan las preguntas de la hoja de trabajo del equipo.',
    questions: ['¿Qué actividades no han logrado lo esperado?', '¿Por qué?'],
  },
  estrategias: {
    title: 'Estrategias entre colegas',
    todo: 'Cada integrante ofrece estrategias o recursos a los demás.',
    questions: ['¿Qué le ha funcionado a usted?'],
  },
  compromisos: {
    title: 'Compromisos personales',
    todo: 'Cada quien escribe su compromiso: qué hará, para cuándo y cómo mostrará resultados en la sexta sesión.',
    questions: ['¿Qué hará distinto en su salón?'],
  },
  observacion: {
    title: 'Observación de una clase',
    todo: 'Definan qué clase se observará y qué se mirará en ella.',
    questions: ['¿Qué queremos observar?'],
  },
  comunicar: {
    title: 'Comunicar y cerrar',
    todo: 'Acuerden cómo avisar a la comunidad escolar de los compromisos y cierren la sesión.',
    questions: ['¿Cómo lo sabrán las familias?'],
  },
};

export const agendaText = {
  heading: 'Agenda de la sesión',
  planned: (used: string, planned: number) => `${used} de ${planned} min`,
  status: { done: 'Hecha', current: 'En curso', next: 'Sigue', pending: 'Pendiente' } as const,
  nowOn: (title: string) => `En curso: ${title}`,
  moveHere: 'Llevar a la sala aquí',
  open: 'Abrir el panel',
  followUpHint:
    'Esta sesión continúa un encuentro anterior: su agenda empieza por revisar los compromisos que se trajeron, sigue con la clase observada y termina con los nuevos compromisos.',
  /** Buttons to a part of the screen (domain/agenda.ts: a later activity's `steps`, a panel-less `section`). */
  goToSection: {
    'tabla-fortalecer': 'Ir a «Cómo fortalecerlas» (actividad 8)',
    'follow-up': 'Ir a «Para revisar en esta sesión»',
  } as Record<string, string>,
  /** A later activity inside an agenda's (domain/agenda.ts `steps`), as the notice and the summary name it. */
  stepTitle: { 'tabla-fortalecer': 'Cómo fortalecerlas (actividad 8)' } as Record<string, string>,
  moveToStep: (title: string) => `Llevar a la sala a «${title}»`,
  movedTo: (title: string) => `La coordinación pasó a: ${title}`,
  go: 'Ir',
  notCoordinator: 'Solo la coordinación puede mover la agenda.',
  damaged: (n: number) => (n === 1 ? 'Se ignoró 1 dato dañado de la agenda.' : `Se ignoraron ${n} datos dañados de la agenda.`),
};

export const roleText = {
  representante: 'Representante',
  moderador: 'Moderación de equipo',
  coordinacion: 'Coordina',
  iRecord: 'Yo registro por mi escuela',
  iModerate: (team: number) => `Yo modero el equipo ${team}`,
  team: 'Equipo',
  coordinates: (school: string) => `${school} coordina`,
  title: 'Roles',
  saved: 'Rol guardado.',
  moderatorOf: (team: number, name: string) => `Equipo ${team}: ${name}`,
  representativeOf: (school: string, name: string) => `${school}: ${name}`,
  otherRecords: 'Si registra otra persona de su escuela, escriba su nombre',
  nameRepresentative: 'Nombrarla representante',
  nameRequired: 'Escriba el nombre de quien registra.',
};
