import { describe, expect, it } from 'vitest';
import {
  cicloFromDate,
  compareSessionsNewestFirst,
  isValidCiclo,
  isValidIsoDate,
  validateSession,
  type CteSession,
  type SessionDraft,
} from '../../src/domain/session';

describe('cicloFromDate', () => {
  it.each([
    ['2018-08-20', '2018-2019'], // intensive phase, before classes: already the new cycle
    ['2018-11-30', '2018-2019'],
    ['2018-12-31', '2018-2019'],
    ['2019-01-25', '2018-2019'],
    ['2019-07-15', '2018-2019'],
    ['2019-07-31', '2018-2019'],
    ['2019-08-01', '2019-2020'],
  ])('%s belongs to %s', (date, ciclo) => {
    expect(cicloFromDate(date)).toBe(ciclo);
  });
  it('returns empty for a non-date', () => {
    expect(cicloFromDate('30/11/2018')).toBe('');
  });
});

describe('validation', () => {
  const draft: SessionDraft = {
    kind: 'ordinaria',
    number: 3,
    date: '2018-11-30',
    ciclo: '2018-2019',
    modality: 'entreEscuelas',
    normas: [],
    notes: '',
  };
  it('accepts a valid session', () => {
    expect(validateSession(draft)).toEqual({});
  });
  it('rejects impossible dates, bad cycles and numbers', () => {
    expect(isValidIsoDate('2019-02-29')).toBe(false);
    expect(isValidIsoDate('2020-02-29')).toBe(true);
    expect(isValidCiclo('2018-2020')).toBe(false);
    expect(validateSession({ ...draft, date: '', ciclo: '2018', number: 9 })).toEqual({
      date: 'required',
      ciclo: 'cicloShape',
      number: 'numberRange',
    });
    expect(validateSession({ ...draft, kind: 'intensiva', number: 6 })).toEqual({ number: 'numberRange' });
  });
});

it('sorts newest first, then by number', () => {
  const s = (id: string, date: string, number: number) => ({ id, date, number }) as CteSession;
  const sorted = [s('a', '2018-10-26', 1), s('b', '2018-11-30', 3), s('c', '2018-11-30', 2)].sort(compareSessionsNewestFirst);
  expect(sorted.map((x) => x.id)).toEqual(['b', 'c', 'a']);
});
