// Issue 16, item 10: the Problemáticas tab counts problemáticas, not their aportaciones.
import { expect, it } from 'vitest';
import { addCard, publishProblem } from '../../src/meeting/model';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO, twoDevices } from '../helpers/meetingFixtures';

it('two aportaciones under one problemática: the tab says 1', () => {
  const [doc] = twoDevices();
  const problem = publishProblem(
    doc,
    { contenido: 'Fracciones', organizacion: '', estrategias: '', intervencion: '', recursos: '', noFuncionaron: '', apoyo: '' },
    ANA,
    100,
  );
  addCard(doc, { kind: 'aportacion', parentId: problem, aportacionKind: 'estrategia', text: 'Usar regletas' }, BETO, 110);
  addCard(doc, { kind: 'aportacion', parentId: problem, aportacionKind: 'pregunta', text: '¿En qué grado?' }, BETO, 120);
  addCard(doc, { kind: 'idea', text: 'Escuchar' }, ANA, 130);
  const s = readMeeting(doc);
  expect(s.byKind.aportacion).toHaveLength(2);
  expect(s.rawCounts.problematicas).toBe(1);
  expect(s.rawCounts.lluvia).toBe(1);
});
