// A1-A4 (docs/SYNC.md): the agenda lives in the meeting document, syncs between devices like the
// timer, only the coordination moves it, and anything read from the document is validated.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { AGENDA_ACTIVITIES, AGENDA_IDS, agendaIds, agendaProgress, FOLLOW_UP_AGENDA, THIRD_SESSION_AGENDA } from '../../src/domain/agenda';
import { agendaActivities, agendaText } from '../../src/i18n/agenda';
import { currentMove, meetingAgenda, moveAgenda, moveAgendaToStep, readAgenda } from '../../src/meeting/agenda';
import { writeFollowUp, type FollowUp } from '../../src/meeting/followUp';
import { isCoordinator, readSigned, signedSchema } from '../../src/meeting/coordination';
import { agendaOf } from '../../src/meeting/layout';
import { ANA, BETO, codeOf, exchange, newMeetingDoc, twoDevices } from '../helpers/meetingFixtures';

describe('agenda (A1-A4)', () => {
  it('every activity has Spanish text with what to do and at least one question', () => {
    for (const id of AGENDA_IDS) {
      expect(agendaActivities[id]?.title, id).toBeTruthy();
      expect(agendaActivities[id]?.todo, id).toBeTruthy();
      expect(agendaActivities[id]?.questions.length, id).toBeGreaterThan(0);
    }
    // Every button to a part of the screen has its words; a step also its title (the notice's, the coordination's button).
    for (const a of AGENDA_ACTIVITIES) {
      for (const section of [...(a.panel ? [] : a.section ? [a.section] : []), ...(a.steps ?? []).map((s) => s.section)])
        expect(agendaText.goToSection[section], section).toBeTruthy();
      for (const step of a.steps ?? []) expect(agendaText.stepTitle[step.section], step.section).toBeTruthy();
    }
  });

  it('A1/A2: a move on one device reaches the other; both derive the same current activity and time used', () => {
    const [a, b] = twoDevices();
    expect(isCoordinator(a, ANA)).toBe(true);
    moveAgenda(a, 'normas', ANA, 1_000);
    moveAgenda(a, 'tabla', ANA, 61_000);
    exchange(a, b);
    const fromB = readAgenda(b);
    expect(fromB.invalid).toBe(0);
    expect(currentMove(fromB.moves)?.activityId).toBe('tabla');
    const progress = agendaProgress(fromB.moves, 121_000);
    const byId = new Map(progress.map((p) => [p.activity.id, p]));
    expect(byId.get('normas')?.status).toBe('done');
    expect(byId.get('normas')?.usedMs).toBe(60_000);
    expect(byId.get('bienvenida')?.status).toBe('done');
    expect(byId.get('tabla')?.status).toBe('current');
    expect(byId.get('tabla')?.usedMs).toBe(60_000);
    expect(byId.get('video')?.status).toBe('next');
    expect(byId.get('equipos')?.status).toBe('pending');
    expect(agendaProgress(readAgenda(a).moves, 121_000)).toEqual(progress);
  });

  it('A2: two concurrent moves both stay and every device agrees on the later one', () => {
    const [a, b] = twoDevices();
    moveAgenda(a, 'lluvia', ANA, 5_000, 'k-a');
    moveAgenda(b, 'tabla', { author: 'Dora Peña', school: ANA.school }, 6_000, 'k-b');
    exchange(a, b);
    expect(readAgenda(a).moves.map((m) => m.key)).toEqual(['k-a', 'k-b']);
    expect(currentMove(readAgenda(b).moves)?.activityId).toBe('tabla');
  });

  it('A3: only the coordination may move the room; a refused move writes nothing', () => {
    const a = newMeetingDoc();
    const before = Y.encodeStateVector(a);
    expect(codeOf(() => moveAgenda(a, 'tabla', BETO, 1))).toBe('notCoordinator');
    expect(codeOf(() => moveAgenda(a, 'no-existe', ANA, 1))).toBe('noSuchActivity');
    expect(Y.encodeStateVector(a)).toEqual(before);
    expect(agendaOf(a).size).toBe(0);
  });

  it('A4: a hostile document changes nothing and its bad values are counted', () => {
    const a = newMeetingDoc();
    moveAgenda(a, 'normas', ANA, 1_000);
    const evil = new Y.Doc();
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(a));
    const ag = agendaOf(evil);
    // A device that never registered claims the coordinator's school.
    ag.set('forged', { activityId: 'tabla', at: 2_000, author: 'X', schoolName: ANA.school.name, schoolCct: ANA.school.cct });
    ag.set('unknown-activity', { activityId: 'fiesta', at: 3_000, author: 'X', schoolName: 'Y', schoolCct: ANA.school.cct });
    ag.set('not-an-object', 'tabla');
    ag.set('bad-time', { activityId: 'tabla', at: -5, author: 'X', schoolName: 'Y', schoolCct: ANA.school.cct });
    ag.set('y-type', new Y.Map());
    Y.applyUpdate(a, Y.encodeStateAsUpdate(evil));
    const read = readAgenda(a);
    expect(read.invalid).toBe(5);
    expect(read.moves.map((m) => m.activityId)).toEqual(['normas']);
  });

  it('A4: a move claiming the coordinator from a device registered to another school is ignored', () => {
    const [a, b] = twoDevices();
    // BETO's device writes as itself first (registers its school), then forges a coordinator move.
    expect(codeOf(() => moveAgenda(b, 'tabla', BETO, 1))).toBe('notCoordinator');
    b.transact(() => {
      b.getMap('writers').set(String(b.clientID), { author: BETO.author, schoolName: BETO.school.name, schoolCct: BETO.school.cct });
      agendaOf(b).set('k', { activityId: 'tabla', at: 9, author: 'Ana', schoolName: ANA.school.name, schoolCct: ANA.school.cct });
    });
    exchange(a, b);
    expect(readAgenda(a)).toEqual({ moves: [], invalid: 1 });
  });
});

describe('a move to a later activity inside one (activity 8 within the tabla)', () => {
  it("A1: the step reaches the other device; the time is the activity's", () => {
    const [a, b] = twoDevices();
    moveAgenda(a, 'tabla', ANA, 1_000);
    moveAgendaToStep(a, 'tabla', 8, ANA, 61_000);
    exchange(a, b);
    const read = readAgenda(b);
    expect(read.invalid).toBe(0);
    expect(currentMove(read.moves)).toMatchObject({ activityId: 'tabla', step: 8 });
    expect(read.moves[0]!.step).toBeUndefined();
    const tabla = agendaProgress(read.moves, 121_000).find((p) => p.activity.id === 'tabla');
    expect(tabla).toMatchObject({ status: 'current', usedMs: 120_000 });
  });

  it('A3: a step the activity does not have, or a school that does not coordinate, writes nothing', () => {
    const a = newMeetingDoc();
    const before = Y.encodeStateVector(a);
    expect(codeOf(() => moveAgendaToStep(a, 'tabla', 9, ANA, 1))).toBe('noSuchActivity');
    expect(codeOf(() => moveAgendaToStep(a, 'lluvia', 8, ANA, 1))).toBe('noSuchActivity');
    expect(codeOf(() => moveAgendaToStep(a, 'tabla', 8, BETO, 1))).toBe('notCoordinator');
    expect(Y.encodeStateVector(a)).toEqual(before);
  });

  it("A4: a step that is not one of the activity's is dropped and counted; the move still counts", () => {
    const a = newMeetingDoc();
    moveAgenda(a, 'normas', ANA, 1_000);
    const move = { at: 2_000, author: ANA.author, schoolName: ANA.school.name, schoolCct: ANA.school.cct };
    a.transact(() => {
      agendaOf(a).set('k-99', { ...move, activityId: 'tabla', step: 99 });
      agendaOf(a).set('k-text', { ...move, activityId: 'lluvia', step: '8', at: 3_000 });
    });
    const read = readAgenda(a);
    expect(read.invalid).toBe(2);
    expect(read.moves.map((m) => [m.activityId, m.step])).toEqual([
      ['normas', undefined],
      ['tabla', undefined],
      ['lluvia', undefined],
    ]);
  });

  it('a build without steps reads it as a valid move to the activity (no damage counted)', () => {
    const a = newMeetingDoc();
    moveAgendaToStep(a, 'tabla', 8, ANA, 1_000);
    // The move's schema of the builds before steps (fac225a, src/meeting/agenda.ts): activityId only.
    const ids = agendaIds(THIRD_SESSION_AGENDA);
    const olderBuild = signedSchema({ activityId: z.string().refine((id) => ids.includes(id)) });
    const seen: string[] = [];
    expect(readSigned(a, agendaOf(a), olderBuild, (_key, m) => seen.push(m.activityId))).toBe(0);
    expect(seen).toEqual(['tabla']);
  });
});

describe('the follow-up session has its own agenda', () => {
  const carried: FollowUp = {
    from: { meetingId: 'enc-0000', name: 'Tercera sesión', date: '2018-11-30' },
    observations: [],
    commitments: [],
  };

  it('review the carried commitments first, then the observed class, then new commitments', () => {
    const ids = agendaIds(FOLLOW_UP_AGENDA);
    expect(ids.indexOf('seguimiento-compromisos')).toBeLessThan(ids.indexOf('seguimiento-observacion'));
    expect(ids.indexOf('seguimiento-observacion')).toBeLessThan(ids.indexOf('seguimiento-nuevos'));
    expect(AGENDA_ACTIVITIES.find((a) => a.id === 'seguimiento-compromisos')?.section).toBe('follow-up');
    // Ids are unique across both agendas: a move names one activity of one agenda.
    expect(new Set(AGENDA_IDS).size).toBe(AGENDA_IDS.length);
    expect(agendaIds(THIRD_SESSION_AGENDA).some((id) => ids.includes(id))).toBe(false);
  });

  it('a meeting that continues another moves along the follow-up agenda only; the third session along its own', () => {
    const [a, b] = twoDevices();
    expect(codeOf(() => moveAgenda(a, 'seguimiento-compromisos', ANA, 1_000))).toBe('noSuchActivity');
    writeFollowUp(a, carried);
    expect(meetingAgenda(a)).toBe(FOLLOW_UP_AGENDA);
    expect(codeOf(() => moveAgenda(a, 'tabla', ANA, 1_000))).toBe('noSuchActivity');
    moveAgenda(a, 'seguimiento-bienvenida', ANA, 1_000);
    moveAgenda(a, 'seguimiento-compromisos', ANA, 61_000);
    exchange(a, b);
    expect(meetingAgenda(b)).toBe(FOLLOW_UP_AGENDA);
    const read = readAgenda(b);
    expect(read.invalid).toBe(0);
    const byId = new Map(agendaProgress(read.moves, 121_000, meetingAgenda(b)).map((p) => [p.activity.id, p]));
    expect([...byId.keys()]).toEqual(agendaIds(FOLLOW_UP_AGENDA));
    expect(byId.get('seguimiento-bienvenida')?.status).toBe('done');
    expect(byId.get('seguimiento-compromisos')).toMatchObject({ status: 'current', usedMs: 60_000 });
    expect(byId.get('seguimiento-observacion')?.status).toBe('next');
  });

  it("a move to the third session's activity in a follow-up meeting is not one of its moves: ignored and counted", () => {
    const a = newMeetingDoc();
    moveAgenda(a, 'tabla', ANA, 1_000);
    expect(readAgenda(a).moves).toHaveLength(1);
    writeFollowUp(a, carried);
    expect(readAgenda(a)).toEqual({ moves: [], invalid: 1 });
  });
});
