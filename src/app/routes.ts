// The app's routes. Screens are lazy-loaded so the first screen downloads only what it shows.
import { createElement, lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { nav } from '../i18n/common';
import { matchPath } from '../ui/matchPath';

interface RouteDef {
  path: string;
  title: string;
  component: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>> | ComponentType<{ params: Record<string, string> }>;
  /** Rendered without the app's header and menu (the print view is a sheet of paper). */
  bare?: boolean;
}

// The home screen is what a returning teacher sees first: bundled with the shell, not a second
// round trip (measured: the lazy waterfall cost ~100 ms of a throttled cold start).
import Home from '../features/home/HomePage';
const preloaders: (() => Promise<unknown>)[] = [];

type Screen = ComponentType<{ params: Record<string, string> }>;

/**
 * A lazy screen whose code is fetched ahead of time, when the phone is idle (see preloadScreens).
 * Once its code is in, it renders like a bundled component. React.lazy would suspend on its first
 * render even then (its own import() promise is still pending for a tick), show the fallback, and
 * React holds a revealed boundary back until 300 ms after a fallback showed (measured: ~250 ms of
 * idle main thread in every first list opening at 4x CPU).
 */
function listScreen(load: () => Promise<{ default: Screen }>): Screen {
  let loaded: Screen | undefined;
  const fetch = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  preloaders.push(fetch);
  const Lazy = lazy(fetch);
  return function ListScreen(props) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount
    // the screen and lose what the user typed.
    const [Component] = useState<Screen>(() => loaded ?? Lazy);
    return createElement(Component, props);
  };
}

/** Fetches the lists' code after start-up, so opening a list does not wait on the network or SW. */
export function preloadScreens(): void {
  for (const load of preloaders) void load().catch(() => undefined);
}

const SessionList = listScreen(() => import('../features/sessions/SessionListPage'));
const SessionEdit = lazy(() => import('../features/sessions/SessionEditPage'));
const SchoolPage = lazy(() => import('../features/school/SchoolPage'));
const About = lazy(() => import('../features/about/AboutPage'));
// Meeting screens carry Yjs and y-indexeddb: they load only when a meeting screen opens.
const MeetingList = lazy(() => import('../features/meetings/MeetingListPage'));
const MeetingNew = lazy(() => import('../features/meetings/MeetingNewPage'));
const MeetingPage = lazy(() => import('../features/meetings/MeetingPage'));
const TakeHome = lazy(() => import('../features/meetingBridge/TakeHomePage'));
const Prepare = lazy(() => import('../features/prepare/PreparePage'));
const Slides = lazy(() => import('../features/prepare/SlidesPage'));
const Backup = lazy(() => import('../features/backup/BackupPage'));
const PrintOptions = lazy(() => import('../features/print/PrintOptionsPage'));
const PrintView = lazy(() => import('../features/print/PrintViewPage'));
const PracticeList = listScreen(() => import('../features/practices/PracticeListPage'));
const PracticeEdit = lazy(() => import('../features/practices/PracticeEditPage'));
const PracticeDetail = lazy(() => import('../features/practices/PracticeDetailPage'));
const EvidenceList = listScreen(() => import('../features/evidences/EvidenceListPage'));
const EvidenceEdit = lazy(() => import('../features/evidences/EvidenceEditPage'));
const EvidenceDetail = lazy(() => import('../features/evidences/EvidenceDetailPage'));
const ProblemList = listScreen(() => import('../features/problems/ProblemListPage'));
const ProblemEdit = lazy(() => import('../features/problems/ProblemEditPage'));
const ProblemDetail = lazy(() => import('../features/problems/ProblemDetailPage'));
const CommitmentList = listScreen(() => import('../features/commitments/CommitmentListPage'));
const CommitmentEdit = lazy(() => import('../features/commitments/CommitmentEditPage'));
const CommitmentDetail = lazy(() => import('../features/commitments/CommitmentDetailPage'));
const CommitmentReview = listScreen(() => import('../features/commitments/CommitmentReviewPage'));
const RoomPage = lazy(() => import('../features/room/RoomPage'));
const JoinPage = lazy(() => import('../features/room/JoinPage'));

/** An entry kind's four screens: its list, a new entry, an entry, and an entry's form. */
function entryRoutes(
  base: string,
  create: string,
  title: string,
  s: Record<'list' | 'edit' | 'detail', RouteDef['component']>,
): RouteDef[] {
  return [
    { path: base, title, component: s.list },
    { path: `${base}/${create}`, title, component: s.edit },
    { path: `${base}/:id`, title, component: s.detail },
    { path: `${base}/:id/editar`, title, component: s.edit },
  ];
}

const ROUTES: RouteDef[] = [
  { path: '/', title: nav.home, component: Home },
  { path: '/sesiones', title: nav.sessions, component: SessionList },
  { path: '/sesiones/nueva', title: nav.sessions, component: SessionEdit },
  { path: '/sesiones/:id', title: nav.sessions, component: SessionEdit },
  { path: '/escuela', title: nav.school, component: SchoolPage },
  { path: '/acerca', title: nav.about, component: About },
  ...entryRoutes('/practicas', 'nueva', nav.practices, { list: PracticeList, edit: PracticeEdit, detail: PracticeDetail }),
  ...entryRoutes('/evidencias', 'nueva', nav.evidences, { list: EvidenceList, edit: EvidenceEdit, detail: EvidenceDetail }),
  ...entryRoutes('/problematicas', 'nueva', nav.problems, { list: ProblemList, edit: ProblemEdit, detail: ProblemDetail }),
  ...entryRoutes('/compromisos', 'nuevo', nav.commitments, { list: CommitmentList, edit: CommitmentEdit, detail: CommitmentDetail }),
  { path: '/compromisos/revision', title: nav.commitments, component: CommitmentReview },
  { path: '/preparar', title: nav.prepare, component: Prepare },
  { path: '/preparar/:sessionId', title: nav.prepare, component: Prepare },
  { path: '/preparar/:sessionId/presentacion', title: nav.prepare, component: Slides, bare: true },
  { path: '/encuentros', title: nav.meetings, component: MeetingList },
  { path: '/encuentros/nuevo', title: nav.meetings, component: MeetingNew },
  { path: '/encuentros/:id', title: nav.meetings, component: MeetingPage },
  { path: '/encuentros/unirse', title: nav.meetings, component: JoinPage },
  { path: '/encuentros/:id/sala', title: nav.meetings, component: RoomPage },
  { path: '/encuentros/:id/llevar', title: nav.meetings, component: TakeHome },
  { path: '/imprimir', title: nav.print, component: PrintOptions },
  { path: '/imprimir/:kind/:id', title: nav.print, component: PrintView, bare: true },
  { path: '/respaldo', title: nav.backup, component: Backup },
];

/** The navigation menu, in the order a responsable works through a session. */

export function findRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  // Static routes win over parameterised ones ("/sesiones/nueva" before "/sesiones/:id").
  const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const ordered = [...ROUTES].sort((a, b) => Number(a.path.includes(':')) - Number(b.path.includes(':')));
  for (const route of ordered) {
    const params = matchPath(route.path, normalized);
    if (params) return { route, params };
  }
  return null;
}
