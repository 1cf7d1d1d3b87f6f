// Issue 16, item 10: small text slips.
import { expect, it } from 'vitest';
import { backupText } from '../../src/i18n/backup';

it('a backup made in the evening reads "7:21 p.m.", not "p.m.."', () => {
  const format = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  const evening = format.format(new Date(Date.UTC(2018, 10, 30, 19, 21)));
  const morning = format.format(new Date(Date.UTC(2018, 10, 30, 7, 21)));
  expect(evening).toMatch(/p\.\s?m\.$/);
  expect(backupText.lastBackup(evening)).not.toMatch(/\.\.$/);
  expect(backupText.lastBackup(evening)).toMatch(/m\.$/);
  expect(backupText.lastBackup(morning)).toMatch(/\.$/);
  expect(backupText.lastBackup('30 de noviembre de 2018, 19:21')).toBe('Último respaldo: 30 de noviembre de 2018, 19:21.');
});
