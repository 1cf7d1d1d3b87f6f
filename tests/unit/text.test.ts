import { expect, it } from 'vitest';
import { normalizeForSearch, searchWords } from '../../src/domain/text';
import { matchPath } from '../../src/ui/matchPath';

it('normalizes accents, case and spaces for search', () => {
  expect(normalizeForSearch('  Práctica   EDUCATIVA ñandú ')).toBe('practica educativa nandu');
  expect(searchWords('Lectura de comprensión', 'la práctica, la PRÁCTICA')).toEqual(['lectura', 'de', 'comprension', 'la', 'practica']);
});

it('finds the same words as normalizing and splitting each text on its own', () => {
  // The definition searchWords was first written as; it now runs in one pass over all texts.
  const reference = (...texts: string[]) => [
    ...new Set(texts.flatMap((t) => normalizeForSearch(t).split(/[^a-z0-9]+/)).filter((w) => w.length >= 2)),
  ];
  const samples = [
    ['Ñandú PEÑA', 'niño—niña über-Straße'],
    ['İstanbul ﬁesta', 'e\u0301cole co\u0308operar', 'x\u037ey'],
    ['3°A 10° 2019', '１２３ full', "l'eau d’été", ' \u0301ab'],
    ['Σοφία', 'K\u212Aelvin', '', '  ', 'a b c'],
    ['Lectura en voz alta', 'lectura LECTURA Lecturas'],
  ];
  for (const texts of samples) expect(searchWords(...texts)).toEqual(reference(...texts));
});

it('matches routes and never throws on malformed links', () => {
  expect(matchPath('/sesiones/:id', '/sesiones/abc%20d')).toEqual({ id: 'abc d' });
  expect(matchPath('/sesiones/:id', '/sesiones')).toBeNull();
  expect(matchPath('/sesiones/:id', '/sesiones/%E0%A4%A')).toBeNull();
});
