// The app's routes. Screens are lazy-loaded so the first screen downloads only what it shows.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { nav } from '../i18n/common';
import { matchPath } from './matchPath';

export interface RouteDef {
  path: string;
  title: string;
  component: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
}

const Home = lazy(() => import('../features/home/HomePage'));
const SessionList = lazy(() => import('../features/sessions/SessionListPage'));
const SessionEdit = lazy(() => import('../features/sessions/SessionEditPage'));
const SchoolPage = lazy(() => import('../features/school/SchoolPage'));
const About = lazy(() => import('../features/about/AboutPage'));
const RoomPage = lazy(() => import('../features/room/RoomPage'));
const JoinPage = lazy(() => import('../features/room/JoinPage'));
const Placeholder = lazy(() => import('../features/placeholder/PlaceholderPage'));

export const ROUTES: RouteDef[] = [
  { path: '/', title: nav.home, component: Home },
  { path: '/sesiones', title: nav.sessions, component: SessionList },
  { path: '/sesiones/nueva', title: nav.sessions, component: SessionEdit },
  { path: '/sesiones/:id', title: nav.sessions, component: SessionEdit },
  { path: '/escuela', title: nav.school, component: SchoolPage },
  { path: '/acerca', title: nav.about, component: About },
  { path: '/practicas', title: nav.practices, component: Placeholder },
  { path: '/evidencias', title: nav.evidences, component: Placeholder },
  { path: '/problematicas', title: nav.problems, component: Placeholder },
  { path: '/compromisos', title: nav.commitments, component: Placeholder },
  { path: '/encuentros', title: nav.meetings, component: Placeholder },
  { path: '/encuentros/unirse', title: nav.meetings, component: JoinPage },
  { path: '/encuentros/:id/sala', title: nav.meetings, component: RoomPage },
  { path: '/imprimir', title: nav.print, component: Placeholder },
  { path: '/respaldo', title: nav.backup, component: Placeholder },
];

/** The navigation menu, in the order a responsable works through a session. */
export const NAV_ITEMS: { to: string; label: string }[] = [
  { to: '/', label: nav.home },
  { to: '/sesiones', label: nav.sessions },
  { to: '/practicas', label: nav.practices },
  { to: '/evidencias', label: nav.evidences },
  { to: '/problematicas', label: nav.problems },
  { to: '/compromisos', label: nav.commitments },
  { to: '/encuentros', label: nav.meetings },
  { to: '/imprimir', label: nav.print },
  { to: '/respaldo', label: nav.backup },
  { to: '/escuela', label: nav.school },
  { to: '/acerca', label: nav.about },
];

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
