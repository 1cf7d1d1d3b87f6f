import { expect, it } from 'vitest';
import { normalizeForSearch, searchWords } from '../../src/domain/text';
import { matchPath } from '../../src/app/matchPath';

it('normalizes accents, case and spaces for search', () => {
  expect(normalizeForSearch('  Práctica   EDUCATIVA ñandú ')).toBe('practica educativa nandu');
  expect(searchWords('Lectura de comprensión', 'la práctica, la PRÁCTICA')).toEqual(['lectura', 'de', 'comprension', 'la', 'practica']);
});

it('matches routes and never throws on malformed links', () => {
  expect(matchPath('/sesiones/:id', '/sesiones/abc%20d')).toEqual({ id: 'abc d' });
  expect(matchPath('/sesiones/:id', '/sesiones')).toBeNull();
  expect(matchPath('/sesiones/:id', '/sesiones/%E0%A4%A')).toBeNull();
});
