// The app's sections, in menu order: the shell's menu and the home page's tiles both list them.
import { nav } from '../i18n/common';

/** Each section's address, keyed by its name in `nav`. */
const PATHS: Record<Exclude<keyof typeof nav, 'label'>, string> = {
  home: '/',
  sessions: '/sesiones',
  practices: '/practicas',
  evidences: '/evidencias',
  problems: '/problematicas',
  commitments: '/compromisos',
  prepare: '/preparar',
  meetings: '/encuentros',
  print: '/imprimir',
  backup: '/respaldo',
  school: '/escuela',
  about: '/acerca',
};

export const NAV_ITEMS: { to: string; label: string }[] = (Object.keys(PATHS) as (keyof typeof PATHS)[]).map((k) => ({
  to: PATHS[k],
  label: nav[k],
}));
