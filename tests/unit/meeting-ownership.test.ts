// M10-M13 (docs/SYNC.md): cards belong to their school. Enforced by the writers (model.ts) and
// checked again on read, for devices that write to the document without going through them.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCardText, editProblemDetail, joinSchool, publishProblem, setAnnulled, type Writer } from '../../src/meeting/model';
import { annulledOf, cardsOf, textsOf } from '../../src/meeting/layout';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, BETO, codeOf, exchange, newMeetingDoc, twoDevices } from '../helpers/meetingFixtures';

const DORA: Writer = { author: 'Dora Peña', school: ANA.school };
const CARLA: Writer = { author: 'Carla Ríos', school: { name: 'Telesecundaria 12', cct: '14ETV0012Z' } };

/** Two devices of one meeting (created by ANA's school), both schools joined, one idea of each. */
function setup() {
  const [a, b] = twoDevices();
  const anas = addCard(a, { kind: 'idea', text: 'Leer en voz alta' }, ANA, 10);
  const betos = addCard(b, { kind: 'idea', text: 'Jugar con fracciones' }, BETO, 11);
  exchange(a, b);
  return { a, b, anas, betos };
}

describe('M10: a device edits or annuls only its own school’s cards', () => {
  it('M10: another school cannot edit, change the details of, annul or restore a card; nothing is written', () => {
    const { b, anas } = setup();
    const p = publishProblem(
      b,
      { contenido: 'Fracciones', organizacion: 'x', estrategias: '', intervencion: '', recursos: '', noFuncionaron: '', apoyo: '' },
      BETO,
      12,
    );
    const before = Y.encodeStateVector(b);
    expect(codeOf(() => editCardText(b, anas, 'Cambiado por B', 20, BETO))).toBe('notYourCard');
    expect(codeOf(() => setAnnulled(b, anas, true, 20, BETO))).toBe('notYourCard');
    expect(codeOf(() => editProblemDetail(b, p, 'apoyo', 'x', 20, CARLA))).toBe('notYourCard');
    expect(Y.encodeStateVector(b)).toEqual(before);
    expect(readMeeting(b).byId.get(anas)).toMatchObject({ text: 'Leer en voz alta', annulled: false });
  });

  it('M11: every edit records who made it; a colleague of the same school may edit, and the card says so', () => {
    const { a, b, anas } = setup();
    editCardText(a, anas, 'Leer en voz alta cada día', 30, DORA);
    exchange(a, b);
    const card = readMeeting(b).byId.get(anas)!;
    expect(card.text).toBe('Leer en voz alta cada día');
    expect(card.editedBy).toEqual({ author: 'Dora Peña', school: ANA.school, at: 30 });
    expect(card.foreignText).toBeUndefined();
  });

  it('M12: the creator may annul any card with a reason, which the card shows; without a reason it is refused', () => {
    const { a, b, anas, betos } = setup();
    expect(readMeeting(a).creator).toEqual(ANA.school);
    expect(codeOf(() => setAnnulled(a, betos, true, 40, ANA))).toBe('reasonRequired');
    expect(codeOf(() => setAnnulled(a, betos, true, 40, ANA, 'no'))).toBe('reasonRequired');
    setAnnulled(a, betos, true, 41, ANA, 'Está repetida en el panel de normas');
    exchange(a, b);
    const card = readMeeting(b).byId.get(betos)!;
    expect(card.annulled).toBe(true);
    expect(card.annulIgnored).toBeUndefined();
    expect(card.annulment).toEqual({ author: 'Ana Ruiz', school: ANA.school, at: 41, reason: 'Está repetida en el panel de normas' });
    // Its own school may restore it.
    setAnnulled(b, betos, false, 42, BETO);
    exchange(a, b);
    expect(readMeeting(a).byId.get(betos)).toMatchObject({ annulled: false });
    // A non-creator school may not annul another's card even with a reason.
    expect(codeOf(() => setAnnulled(b, anas, true, 43, BETO, 'Motivo largo'))).toBe('notYourCard');
  });

  it('M13: a school cannot add cards before it joins; after joining it can', () => {
    const doc = newMeetingDoc(undefined, false);
    const before = Y.encodeStateVector(doc);
    expect(codeOf(() => addCard(doc, { kind: 'norma', text: 'Puntualidad' }, BETO, 5))).toBe('notJoined');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    joinSchool(doc, BETO.school, 6);
    expect(codeOf(() => addCard(doc, { kind: 'norma', text: 'Puntualidad' }, BETO, 7))).toBe('accepted');
  });
});

describe('M10/M13 on read: writes that bypass the model are shown for what they are', () => {
  it('M10: text written straight into another school’s card by a registered device is attributed to another school', () => {
    const { a, b, anas } = setup();
    (textsOf(b).get(anas) as Y.Text).insert(0, 'NO ');
    exchange(a, b);
    const card = readMeeting(a).byId.get(anas)!;
    expect(card.text).toBe('NO Leer en voz alta');
    expect(card.foreignText).toBe('otherSchool');
  });

  it('M10: text from a device that never said who it is is marked as such', () => {
    const { a, anas } = setup();
    const stranger = new Y.Doc();
    exchange(a, stranger);
    (textsOf(stranger).get(anas) as Y.Text).insert(0, '¿');
    exchange(a, stranger);
    expect(readMeeting(a).byId.get(anas)?.foreignText).toBe('unknownDevice');
  });

  it('M10: an annulment written by another (non-creator) school is ignored, and the card says it was', () => {
    const { a, b, anas, betos } = setup();
    // BETO's device is not the creator: its annulment of ANA's card does not count.
    annulledOf(b).set(anas, true);
    exchange(a, b);
    expect(readMeeting(a).byId.get(anas)).toMatchObject({ annulled: false, annulIgnored: true });
    // The creator's school (ANA) annulling BETO's card does count.
    annulledOf(a).set(betos, true);
    exchange(a, b);
    expect(readMeeting(b).byId.get(betos)).toMatchObject({ annulled: true });
  });

  it('M13: a card that claims a school which never joined is marked', () => {
    const { a, b, anas } = setup();
    const info = JSON.parse(cardsOf(a).get(anas) as string) as Record<string, unknown>;
    cardsOf(b).set('fantasma', JSON.stringify({ ...info, schoolName: 'Escuela Fantasma', schoolCct: '14DPR0999Z' }));
    textsOf(b).set('fantasma', new Y.Text('Tarjeta de una escuela ausente'));
    exchange(a, b);
    const s = readMeeting(a);
    expect(s.byId.get('fantasma')?.schoolNotJoined).toBe(true);
    expect(s.byId.get(anas)?.schoolNotJoined).toBeUndefined();
  });
});
