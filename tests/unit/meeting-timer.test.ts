// T1 (docs/SYNC.md): the countdown is a pure function of the shared start time and the device's
// clock; two devices reading the same document at the same moment show the same time.
import { expect, it } from 'vitest';
import { countdown, formatClock, WARNING_MS } from '../../src/domain/meetingTimer';
import { setTimerMinutes, startPresentation, startRound, stopPresentation } from '../../src/meeting/model';
import { readMeeting } from '../../src/meeting/snapshot';
import { ANA, exchange, twoDevices } from '../helpers/meetingFixtures';

const T0 = 1_700_000_000_000;

it('T1: running, warning in the last 2 minutes, overrun after the time', () => {
  const timer = { startedAt: T0, durationMs: 10 * 60_000 };
  expect(countdown(null, T0)).toEqual({ phase: 'idle', remainingMs: 0 });
  expect(countdown(timer, T0)).toEqual({ phase: 'running', remainingMs: 600_000 });
  expect(countdown(timer, T0 + 600_000 - WARNING_MS - 1).phase).toBe('running');
  expect(countdown(timer, T0 + 600_000 - WARNING_MS).phase).toBe('warning');
  expect(countdown(timer, T0 + 600_000).phase).toBe('warning');
  expect(countdown(timer, T0 + 600_001)).toEqual({ phase: 'overrun', remainingMs: -1 });
});

it('formats the clock: seconds rounded up while running, hours for the round, minus when over', () => {
  expect(formatClock(600_000)).toBe('10:00');
  expect(formatClock(599_001)).toBe('10:00');
  expect(formatClock(599_000)).toBe('9:59');
  expect(formatClock(1)).toBe('0:01');
  expect(formatClock(0)).toBe('0:00');
  expect(formatClock(-72_000)).toBe('-1:12');
  expect(formatClock(2 * 3600_000)).toBe('2:00:00');
});

it('T1: the timer lives in the document; every device computes the same countdown', () => {
  const [a, b] = twoDevices();
  setTimerMinutes(a, 8, 90);
  exchange(a, b);
  const minutes = readMeeting(b).timer.presentationMinutes;
  expect(minutes).toBe(8);
  startPresentation(b, ANA.school, T0, minutes);
  startRound(b, T0, readMeeting(b).timer.roundMinutes);
  exchange(a, b);
  const ta = readMeeting(a).timer;
  const tb = readMeeting(b).timer;
  expect(ta).toEqual(tb);
  expect(ta.presentation?.presenter.cct).toBe(ANA.school.cct);
  const now = T0 + 7 * 60_000;
  expect(countdown(ta.presentation, now)).toEqual(countdown(tb.presentation, now));
  expect(countdown(ta.presentation, now).phase).toBe('warning');
  expect(countdown(ta.round, now)).toEqual({ phase: 'running', remainingMs: 83 * 60_000 });
  stopPresentation(a);
  exchange(a, b);
  expect(readMeeting(b).timer.presentation).toBeNull();
});
