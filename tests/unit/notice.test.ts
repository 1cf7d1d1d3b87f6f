import { expect, it } from 'vitest';
import { communityNoticeText } from '../../src/i18n/notice';

it('the community notice says each commitment with who, by when and how results will be shown', () => {
  const text = communityNoticeText('Escuela Benito Juárez', 'Tercera sesión', '2018-11-30', [
    { text: ' Usar tiras de fracciones ', responsible: 'Ana Ruiz', dueDate: '2019-03-29', showResults: 'Cuadernos en la sexta sesión' },
    { text: 'Leer en voz alta' },
  ]);
  expect(text).toContain('En el encuentro «Tercera sesión» del 30 de noviembre de 2018, el colectivo docente de Escuela Benito Juárez');
  expect(text).toContain('1. Usar tiras de fracciones\n   Responsable: Ana Ruiz\n   Para cuándo: 29 de marzo de 2019\n');
  expect(text).toContain('   Cómo daremos cuenta de los resultados: Cuadernos en la sexta sesión');
  expect(text).toContain('2. Leer en voz alta\n\n');
});

it('a school with no commitments is told so, not given an empty list', () => {
  expect(communityNoticeText('E', 'M', '2018-11-30', [])).toContain('La escuela no registró compromisos en este encuentro.');
});
