// The invitation handed from the join screen to the room (features/room/handoff.ts). The room reads
// it while rendering, and React may throw a first render away and run it again: every read before
// the room is on screen must find it, and only the room's effect lets it go.
import { beforeEach, describe, expect, it } from 'vitest';
import { dropHandoff, handOff, peekHandoff, releaseHandoff } from '../../src/features/room/handoff';
import type { Invitation } from '../../src/sync/pairingCode';

const inv = (meetingId: string, secret = 's'): Invitation => ({ meetingId, secret }) as unknown as Invitation;

describe('room handoff', () => {
  beforeEach(() => dropHandoff('m1'));

  it('is found by every render until the room is on screen, then not again', () => {
    const a = inv('m1');
    handOff(a);
    // A render thrown away and started again reads it twice (once per initialiser call).
    expect(peekHandoff('m1')).toBe(a);
    expect(peekHandoff('m1')).toBe(a);
    releaseHandoff(a);
    expect(peekHandoff('m1')).toBeNull();
  });

  it('belongs to its meeting only', () => {
    handOff(inv('m1'));
    expect(peekHandoff('m2')).toBeNull();
    expect(peekHandoff('m1')).not.toBeNull();
  });

  it('a room letting go of an older invitation keeps a newer one', () => {
    const older = inv('m1', 'old');
    const newer = inv('m1', 'new');
    handOff(older);
    handOff(newer);
    releaseHandoff(older);
    expect(peekHandoff('m1')).toBe(newer);
  });

  it('forgetting the meeting drops it', () => {
    handOff(inv('m1'));
    dropHandoff('m1');
    expect(peekHandoff('m1')).toBeNull();
  });
});
