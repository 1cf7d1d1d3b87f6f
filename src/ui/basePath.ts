// The app may be hosted under a sub-path (a project page at /bitacora/, a school's own site): vite's
// `--base` sets import.meta.env.BASE_URL. Routes inside the app are always written from "/", and
// only the History API and hrefs see the real address, so no screen has to know where it lives.

/** The base as "/" or "/sub/path/" (always with a leading and a trailing slash). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\.?\/*/, '').replace(/\/*$/, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** "/sesiones" under "/bitacora/" → "/bitacora/sesiones"; the app root "/" → "/bitacora/". */
export function withBase(to: string, base: string): string {
  if (base === '/' || !to.startsWith('/')) return to;
  return `${base}${to.slice(1)}`;
}

/** The app route of a browser pathname: "/bitacora/sesiones" → "/sesiones"; outside the base, null. */
export function stripBase(pathname: string, base: string): string | null {
  if (base === '/') return pathname;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;
}

export const BASE = normalizeBase(import.meta.env.BASE_URL ?? '/');
