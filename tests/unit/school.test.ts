import { describe, expect, it } from 'vitest';
import { isValidCct, normalizeCct, validateSchool, type SchoolDraft } from '../../src/domain/school';

describe('CCT', () => {
  it.each(['14DPR0123X', '14dpr0123x', ' 14-DPR-0123-X ', '07DTV0001Z'])('accepts %s', (cct) => {
    expect(isValidCct(cct)).toBe(true);
  });
  it.each(['', '14DPR0123', '14DPR01234', '1ADPR0123X', '14D1R0123X', '14DPR0123XX', 'ABCDEFGHIJ', '14DPRO123X'])('rejects %s', (cct) => {
    expect(isValidCct(cct)).toBe(false);
  });
  it('normalizes case, spaces and dashes', () => {
    expect(normalizeCct(' 14-dpr 0123x')).toBe('14DPR0123X');
  });
});

describe('validateSchool', () => {
  const ok: SchoolDraft = {
    name: 'Escuela',
    cct: '14DPR0123X',
    nivel: 'primaria',
    zonaEscolar: '',
    director: '',
    responsable: '',
    teachers: [],
  };
  it('accepts a minimal profile', () => {
    expect(validateSchool(ok)).toEqual({});
  });
  it('names each problem', () => {
    expect(validateSchool({ ...ok, name: ' ', cct: '123' })).toEqual({ name: 'required', cct: 'cctShape' });
    expect(validateSchool({ ...ok, cct: '' })).toEqual({ cct: 'required' });
    expect(validateSchool({ ...ok, teachers: [{ id: '1', name: '', assignment: '3° A' }] })).toEqual({ teachers: 'teacherName' });
    expect(validateSchool({ ...ok, nivel: 'universidad' as SchoolDraft['nivel'] })).toEqual({ nivel: 'required' });
  });
});
