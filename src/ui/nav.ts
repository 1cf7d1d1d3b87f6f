// The app's sections, in menu order: the shell's menu and the home page's tiles both list them.
import { nav } from '../i18n/common';

export const NAV_ITEMS: { to: string; label: string }[] = [
  { to: '/', label: nav.home },
  { to: '/sesiones', label: nav.sessions },
  { to: '/practicas', label: nav.practices },
  { to: '/evidencias', label: nav.evidences },
  { to: '/problematicas', label: nav.problems },
  { to: '/compromisos', label: nav.commitments },
  { to: '/preparar', label: nav.prepare },
  { to: '/encuentros', label: nav.meetings },
  { to: '/imprimir', label: nav.print },
  { to: '/respaldo', label: nav.backup },
  { to: '/escuela', label: nav.school },
  { to: '/acerca', label: nav.about },
];
