// Issue 16, item 4: "Llevar a mi bitácora" brings complete records. A meeting commitment arrives
// with who, by when and how results will be shown; a conclusion can be taken; an aportación
// becomes a práctica that may be saved before it is tried and says what it still lacks.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { getCommitment, listCommitments } from '../../src/db/commitments';
import { listPractices, updatePractice } from '../../src/db/practices';
import { importOutcomes } from '../../src/db/takeHome';
import { takeHomeWording } from '../../src/i18n/takeHome';
import { validateCommitment } from '../../src/domain/commitment';
import { validatePractice } from '../../src/domain/practice';
import { missingForRecord, toDraft, type TakeHomeItem } from '../../src/domain/takeHome';
import { addCard, MeetingInputError, publishProblem } from '../../src/meeting/model';
import { listMeetingOutcomes } from '../../src/meeting/outcomes';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO, MEETING_ID, newMeetingDoc } from '../helpers/meetingFixtures';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const TEACHERS = [
  { id: 't1', name: 'María López Pérez', assignment: '5° A' },
  { id: 't2', name: 'José Ramírez', assignment: '6° B' },
];

function meetingItems(): TakeHomeItem[] {
  const doc = newMeetingDoc();
  const p = publishProblem(
    doc,
    { contenido: 'Fracciones en 5°', organizacion: '', estrategias: '', intervencion: '', recursos: '', noFuncionaron: '', apoyo: '' },
    ANA,
    1,
  );
  addCard(doc, { kind: 'aportacion', parentId: p, aportacionKind: 'estrategia', text: 'Usar recetas de cocina' }, BETO, 2);
  addCard(
    doc,
    {
      kind: 'compromiso',
      team: 2,
      text: 'Aplicar las recetas en 5°',
      responsible: 'maria lopez  perez',
      dueDate: '2019-03-29',
      showResults: 'Cuadernos de los alumnos en la sexta sesión',
    },
    ANA,
    3,
  );
  addCard(
    doc,
    {
      kind: 'compromiso',
      team: null,
      text: 'Observar una clase',
      responsible: 'Equipo de 6°',
      dueDate: '2019-03-15',
      showResults: 'Registro de observación',
    },
    ANA,
    4,
  );
  addCard(doc, { kind: 'conclusion', text: 'Aprender de otras escuelas requiere confianza' }, BETO, 5);
  const out = listMeetingOutcomes(readMeeting(doc));
  return [
    ...out.commitments.map((card) => ({ kind: 'commitment' as const, card })),
    ...out.conclusions.map((card) => ({ kind: 'conclusion' as const, card })),
    ...out.proposals.flatMap(({ problem, aportaciones }) => aportaciones.map((card) => ({ kind: 'aportacion' as const, card, problem }))),
  ];
}

describe('take home', () => {
  it('the Compromisos panel refuses a commitment without who, by when or how results are shown', () => {
    const doc = newMeetingDoc();
    const base = {
      kind: 'compromiso' as const,
      team: 1 as const,
      text: 'Leer diario',
      responsible: 'Ana',
      dueDate: '2019-03-29',
      showResults: 'Lista de cotejo',
    };
    for (const bad of [{ responsible: '  ' }, { dueDate: '' }, { dueDate: '2019-02-30' }, { dueDate: 'marzo' }, { showResults: '' }]) {
      expect(() => addCard(doc, { ...base, ...bad }, ANA, 1)).toThrow(MeetingInputError);
    }
    const id = addCard(doc, base, ANA, 1);
    expect(readMeeting(doc).byId.get(id)).toMatchObject({ responsible: 'Ana', dueDate: '2019-03-29', showResults: 'Lista de cotejo' });
  });

  it('a meeting commitment arrives complete: its responsible (a teacher of the profile or a name), date and how results are shown', () => {
    const [toTeacher, toTeam] = meetingItems().filter((i) => i.kind === 'commitment');
    const a = toDraft(toTeacher!, MEETING_ID, 's1', 'Encuentro zona 087', takeHomeWording, TEACHERS);
    const b = toDraft(toTeam!, MEETING_ID, 's1', 'Encuentro zona 087', takeHomeWording, TEACHERS);
    expect(a).toMatchObject({
      target: 'commitment',
      draft: {
        statement: 'Aplicar las recetas en 5°',
        responsibleKind: 'docente',
        responsibleTeacherId: 't1',
        responsibleName: 'María López Pérez',
        dueDate: '2019-03-29',
        mechanism: 'Cuadernos de los alumnos en la sexta sesión',
      },
    });
    expect(b).toMatchObject({
      draft: { responsibleKind: 'equipo', responsibleName: 'Equipo de 6°', dueDate: '2019-03-15', mechanism: 'Registro de observación' },
    });
    for (const d of [a, b]) {
      expect(d.target === 'commitment' && validateCommitment(d.draft)).toEqual({});
      expect(missingForRecord(d)).toEqual([]);
    }
  });

  it('an aportación becomes a práctica valid as it arrives (its reasons may wait), and lists the reasons as missing', () => {
    const item = meetingItems().find((i) => i.kind === 'aportacion')!;
    const d = toDraft(item, MEETING_ID, 's1', 'Encuentro zona 087', takeHomeWording);
    expect(d.target).toBe('practice');
    if (d.target !== 'practice') return;
    expect(validatePractice(d.draft, { reasonsLater: true })).toEqual({});
    expect(missingForRecord(d)).toEqual(['reason0', 'reason1', 'reason2']);
    expect(d.draft).toMatchObject({ title: 'Usar recetas de cocina', teacherName: 'Beto Díaz', difficulty: 'Fracciones en 5°' });
    // Partly written reasons are not accepted: the guide asks for three.
    expect(validatePractice({ ...d.draft, reasons: ['Una', '', ''] }, { reasonsLater: true })).toEqual({
      reason1: 'required',
      reason2: 'required',
    });
  });

  it('a conclusion is taken as the school’s agreement, asking for its date and follow-up; importing twice adds nothing', async () => {
    const items = meetingItems();
    const drafts = items.map((i) => toDraft(i, MEETING_ID, 's1', 'Encuentro zona 087', takeHomeWording, TEACHERS));
    const conclusion = drafts[items.findIndex((i) => i.kind === 'conclusion')]!;
    expect(conclusion.draft).toMatchObject({ statement: 'Aprender de otras escuelas requiere confianza', responsibleKind: 'escuela' });
    expect(missingForRecord(conclusion)).toEqual(['dueDate', 'mechanism']);
    expect(await importOutcomes(drafts)).toEqual({ added: 4, already: 0 });
    expect(await importOutcomes(drafts)).toEqual({ added: 0, already: 4 });
    const commitments = (await listCommitments({})).rows;
    expect(commitments.map((c) => c.statement).sort()).toEqual([
      'Aplicar las recetas en 5°',
      'Aprender de otras escuelas requiere confianza',
      'Observar una clase',
    ]);
    const stored = await getCommitment(commitments.find((c) => c.statement === 'Aplicar las recetas en 5°')!.id);
    expect(stored).toMatchObject({
      dueDate: '2019-03-29',
      responsibleName: 'María López Pérez',
      origin: { kind: 'meeting', meetingId: MEETING_ID },
    });
    // The práctica saves again (an edit without reasons yet), and again once they are written.
    const [p] = (await listPractices({})).rows;
    const edited = await updatePractice(p!.id, { ...p!, title: 'Recetas de cocina para fracciones' });
    expect(edited.version).toBe(2);
    expect(validatePractice(edited, { reasonsLater: true })).toEqual({});
  });
});
