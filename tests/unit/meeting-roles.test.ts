// A5-A7 (docs/SYNC.md): representative per school, moderator per team, coordinating schools named by
// the creator; each written only with the right, merged between devices, validated on read.
import { describe, expect, it } from 'vitest';
import { moveAgenda, readAgenda } from '../../src/meeting/agenda';
import { isCoordinator } from '../../src/meeting/coordination';
import { rolesOf } from '../../src/meeting/layout';
import { readRoles, rolesOfPerson, setCoordinator, setModerator, setRepresentative, teamModeratedBy } from '../../src/meeting/roles';
import { ANA, BETO, codeOf, exchange, twoDevices } from '../helpers/meetingFixtures';

describe('roles (A5-A7)', () => {
  it('A5/A6: a representative per school and a moderator per team reach the other device', () => {
    const [a, b] = twoDevices();
    setRepresentative(b, 'Beto Díaz', BETO, 1);
    setModerator(a, 2, BETO, ANA, 2);
    exchange(a, b);
    const roles = readRoles(a);
    expect(roles.invalid).toBe(0);
    expect(roles.representatives.get(BETO.school.cct)?.author).toBe('Beto Díaz');
    expect(roles.moderators.get(2)?.author).toBe('Beto Díaz');
    expect(rolesOfPerson(roles, BETO.school.cct, 'beto díaz')).toEqual(['representante', 'moderador']);
    expect(rolesOfPerson(roles, ANA.school.cct, 'Beto Díaz')).toEqual([]);
  });

  it('A6: the moderator view opens on the team the person moderates, and on none for anyone else', () => {
    const [a] = twoDevices();
    expect(teamModeratedBy(readRoles(a), BETO.school.cct, 'Beto Díaz')).toBeNull();
    setModerator(a, 3, BETO, ANA, 1);
    setModerator(a, 4, ANA, ANA, 2);
    const roles = readRoles(a);
    expect(teamModeratedBy(roles, BETO.school.cct, ' beto díaz ')).toBe(3);
    expect(teamModeratedBy(roles, ANA.school.cct, ANA.author)).toBe(4);
    // Same name, another school: not the moderator.
    expect(teamModeratedBy(roles, ANA.school.cct, 'Beto Díaz')).toBeNull();
  });

  it('A7: only the creator names coordinators; a named school may then move the agenda', () => {
    const [a, b] = twoDevices();
    expect(isCoordinator(b, BETO)).toBe(false);
    expect(codeOf(() => setCoordinator(b, BETO.school.cct, true, BETO, 1))).toBe('notCoordinator');
    setCoordinator(a, BETO.school.cct, true, ANA, 2);
    exchange(a, b);
    expect(isCoordinator(b, BETO)).toBe(true);
    moveAgenda(b, 'tabla', BETO, 3);
    exchange(a, b);
    expect(readAgenda(a).moves.map((m) => m.activityId)).toEqual(['tabla']);
    setCoordinator(a, BETO.school.cct, false, ANA, 4);
    exchange(a, b);
    expect(isCoordinator(a, BETO)).toBe(false);
    expect(readRoles(a).invalid).toBe(0);
  });

  it('A5-A7: roles written without the right are ignored and counted', () => {
    const [a, b] = twoDevices();
    setRepresentative(b, 'Beto Díaz', BETO, 1); // registers B's device to BETO's school
    b.transact(() => {
      rolesOf(b).set(`representante|${ANA.school.cct}`, { author: 'Intruso', schoolName: 'X', schoolCct: ANA.school.cct, at: 1 });
      rolesOf(b).set(`coordinador|${BETO.school.cct}`, { author: 'Ana', schoolName: 'X', schoolCct: ANA.school.cct, at: 1 });
      rolesOf(b).set('moderador|9', { author: 'Beto', schoolName: 'X', schoolCct: BETO.school.cct, at: 1 });
      rolesOf(b).set('moderador|1', 'Beto');
    });
    exchange(a, b);
    const roles = readRoles(a);
    expect(roles.invalid).toBe(4);
    expect(roles.representatives.get(ANA.school.cct)).toBeUndefined();
    expect(roles.coordinators.size).toBe(0);
    expect(roles.moderators.size).toBe(0);
    expect(isCoordinator(a, BETO)).toBe(false);
  });
});
