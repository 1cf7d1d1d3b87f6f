// The third session's agenda ("Aprendizaje entre escuelas"): its three parts and the activities of
// each, with planned minutes and the panel where each happens; and the follow-up (sixth) session's
// own, shorter one. Ids are the file format (they are written in the meeting document, rule A1):
// add, never rename; ids are unique across both agendas. Texts live in i18n/agenda.ts.
import type { PanelId } from './meeting';

interface AgendaActivity {
  id: string;
  /** The guide's activity numbers this step covers (none for the follow-up: its guide is not ours to quote). */
  guide: readonly number[];
  minutes: number;
  panel: PanelId | null;
  /**
   * The part of the panel where this activity happens (an element id): "Abrir el panel" goes there.
   * Without a panel, the part of the meeting screen where it happens (the follow-up's review box).
   */
  section?: string;
  /**
   * Later activities of the guide that happen further down the same panel (an element id each): the
   * agenda offers a way straight to each, so activity 8 is not hunted for under activity 7's columns.
   */
  steps?: readonly { guide: number; section: string }[];
  /** The guide asks each teacher to take their own notes here (19-20): the agenda opens "Mis notas". */
  privateNotes?: true;
}

export interface AgendaPart {
  id: string;
  activities: readonly AgendaActivity[];
}

// Minutes are our plan for a working day; the guide fixes only 10 min per school and 2 h of presentations.
export const THIRD_SESSION_AGENDA: readonly AgendaPart[] = [
  {
    id: 'reflexionar',
    activities: [
      { id: 'bienvenida', guide: [1, 2], minutes: 10, panel: null },
      { id: 'representantes', guide: [3], minutes: 5, panel: null },
      { id: 'normas', guide: [4], minutes: 15, panel: 'normas' },
      { id: 'lectura', guide: [5], minutes: 15, panel: null },
      { id: 'lluvia', guide: [6], minutes: 15, panel: 'lluvia' },
      {
        id: 'tabla',
        guide: [7, 8, 9],
        minutes: 25,
        panel: 'tabla',
        steps: [{ guide: 8, section: 'tabla-fortalecer' }],
      },
      { id: 'video', guide: [10, 11], minutes: 20, panel: 'tabla', section: 'tabla-plenaria' },
      { id: 'equipos', guide: [12, 13], minutes: 40, panel: 'equipos' },
      { id: 'preguntas', guide: [14], minutes: 15, panel: 'conclusiones', section: 'conclusiones-preguntas' },
      { id: 'conclusiones', guide: [15, 16, 17], minutes: 20, panel: 'conclusiones' },
    ],
  },
  {
    id: 'compartir',
    activities: [
      { id: 'presentaciones', guide: [18, 19, 20], minutes: 60, panel: 'problematicas', privateNotes: true },
      { id: 'aportaciones', guide: [21, 22, 23], minutes: 60, panel: 'problematicas' },
      { id: 'soluciones', guide: [24, 25], minutes: 20, panel: 'problematicas' },
    ],
  },
  {
    id: 'aportar',
    activities: [
      { id: 'reflexion', guide: [26, 27, 28], minutes: 20, panel: 'equipos', section: 'equipos-moderacion' },
      { id: 'estrategias', guide: [29], minutes: 20, panel: 'equipos', section: 'equipos-moderacion' },
      { id: 'compromisos', guide: [30, 32], minutes: 20, panel: 'compromisos' },
      { id: 'observacion', guide: [31], minutes: 15, panel: 'observacion' },
      { id: 'comunicar', guide: [33, 34], minutes: 10, panel: 'compromisos' },
    ],
  },
];

/**
 * The sixth session, which continues the third ("Continuar este encuentro", rules N1-N3): its guide
 * is not among ours, so this is what the app knows it has to do, in that order: review what each
 * school committed to (N3) first, then talk over the class that was observed, then agree the new
 * commitments and tell the community. Minutes are our plan.
 */
export const FOLLOW_UP_AGENDA: readonly AgendaPart[] = [
  {
    id: 'seguimiento-revisar',
    activities: [
      { id: 'seguimiento-bienvenida', guide: [], minutes: 10, panel: null },
      { id: 'seguimiento-compromisos', guide: [], minutes: 45, panel: null, section: 'follow-up' },
    ],
  },
  {
    id: 'seguimiento-clase',
    activities: [{ id: 'seguimiento-observacion', guide: [], minutes: 30, panel: 'observacion' }],
  },
  {
    id: 'seguimiento-avanzar',
    activities: [
      { id: 'seguimiento-nuevos', guide: [], minutes: 25, panel: 'compromisos' },
      { id: 'seguimiento-comunicar', guide: [], minutes: 10, panel: 'compromisos' },
    ],
  },
];

/** The agenda of a meeting: the follow-up's own when it continues another meeting, else the third session's. */
export function sessionAgenda(followUp: boolean): readonly AgendaPart[] {
  return followUp ? FOLLOW_UP_AGENDA : THIRD_SESSION_AGENDA;
}

const activitiesOf = (agenda: readonly AgendaPart[]) => agenda.flatMap((p) => p.activities);
/** Every activity of both agendas (ids are unique across them): to find one by the id of a move. */
export const AGENDA_ACTIVITIES: readonly AgendaActivity[] = [...activitiesOf(THIRD_SESSION_AGENDA), ...activitiesOf(FOLLOW_UP_AGENDA)];
export const AGENDA_IDS: readonly string[] = AGENDA_ACTIVITIES.map((a) => a.id);
/** The activity ids of one agenda: a move to another agenda's activity is not a move of this meeting. */
export const agendaIds = (agenda: readonly AgendaPart[]): string[] => activitiesOf(agenda).map((a) => a.id);
/** The later activity `guide` of activity `activityId` (its `steps`), or undefined when it has no such step. */
export const stepOf = (activityId: string, guide: unknown) =>
  AGENDA_ACTIVITIES.find((a) => a.id === activityId)?.steps?.find((s) => s.guide === guide);

/** One move of the room to an activity (rule A1): who moved it, when. */
export interface AgendaMove {
  key: string;
  activityId: string;
  /**
   * The later activity of the guide (one of the activity's `steps`, such as 8 in the tabla's 7-9) the
   * room was moved to. Optional and extra: a build without it reads the move as one to the activity.
   */
  step?: number;
  at: number;
  author: string;
  schoolName: string;
  schoolCct: string;
}

type ActivityStatus = 'done' | 'current' | 'next' | 'pending';

interface ActivityProgress {
  activity: AgendaActivity;
  status: ActivityStatus;
  /** Time the room has spent on it, summed over every stint (ms). */
  usedMs: number;
  plannedMs: number;
}

/** Orders moves the same way on every device: time, then key (A2). */
export function sortMoves(moves: readonly AgendaMove[]): AgendaMove[] {
  return [...moves].sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Done / current / next and time used against planned, from the moves alone (A2): each move opens a
 * stint that the next move closes; the last one runs until `now`. Activities before the current one
 * and any the room has left are done.
 */
export function agendaProgress(
  moves: readonly AgendaMove[],
  now: number,
  agenda: readonly AgendaPart[] = THIRD_SESSION_AGENDA,
): ActivityProgress[] {
  const activities = activitiesOf(agenda);
  const ids = activities.map((a) => a.id);
  const sorted = sortMoves(moves);
  const used = new Map<string, number>();
  const visited = new Set<string>();
  sorted.forEach((m, i) => {
    const end = sorted[i + 1]?.at ?? Math.max(now, m.at);
    used.set(m.activityId, (used.get(m.activityId) ?? 0) + (end - m.at));
    visited.add(m.activityId);
  });
  const current = sorted.at(-1)?.activityId ?? null;
  const currentIndex = current ? ids.indexOf(current) : -1;
  return activities.map((activity, i) => {
    let status: ActivityStatus = 'pending';
    if (activity.id === current) status = 'current';
    else if (i < currentIndex || visited.has(activity.id)) status = 'done';
    else if (i === currentIndex + 1) status = 'next';
    return { activity, status, usedMs: used.get(activity.id) ?? 0, plannedMs: activity.minutes * 60_000 };
  });
}
