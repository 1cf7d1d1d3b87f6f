import { describe, expect, it } from 'vitest';
import { normalizeBase, stripBase, withBase } from '../../src/ui/basePath';

describe('base path (issue 21: hosted under a sub-path)', () => {
  it('normalizes what vite gives as BASE_URL', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('/bitacora/')).toBe('/bitacora/');
    expect(normalizeBase('/bitacora')).toBe('/bitacora/');
    expect(normalizeBase('/zona/088/bitacora/')).toBe('/zona/088/bitacora/');
    expect(normalizeBase('./')).toBe('/');
  });

  it('prepends the base to app routes and leaves the root build alone', () => {
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/sesiones/nueva', '/')).toBe('/sesiones/nueva');
    expect(withBase('/', '/bitacora/')).toBe('/bitacora/');
    expect(withBase('/sesiones/nueva', '/bitacora/')).toBe('/bitacora/sesiones/nueva');
    expect(withBase('/evidencias/nueva?practica=a1', '/bitacora/')).toBe('/bitacora/evidencias/nueva?practica=a1');
    expect(withBase('#contenido', '/bitacora/')).toBe('#contenido');
  });

  it('strips the base from the address bar, and refuses paths outside it', () => {
    expect(stripBase('/sesiones', '/')).toBe('/sesiones');
    expect(stripBase('/bitacora/', '/bitacora/')).toBe('/');
    expect(stripBase('/bitacora', '/bitacora/')).toBe('/');
    expect(stripBase('/bitacora/sesiones/x', '/bitacora/')).toBe('/sesiones/x');
    expect(stripBase('/sesiones', '/bitacora/')).toBeNull();
    expect(stripBase('/bitacoras/sesiones', '/bitacora/')).toBeNull();
  });

  it('round-trips every route', () => {
    for (const route of ['/', '/acerca', '/imprimir/ciclo/2018-2019', '/preparar/s1/presentacion']) {
      expect(stripBase(withBase(route, '/bitacora/'), '/bitacora/')).toBe(route);
    }
  });
});
