// Issue 14: the draft autosave is at most one delay behind the typing, writes once per delay
// however fast the keys come, never runs two writes at once, flushes on demand, holds writes
// during a save and writes nothing after stop (the record was saved and its draft cleared).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createAutosave } from '../../src/ui/autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(write = vi.fn(async (_v: string) => {})) {
  const onError = vi.fn();
  const saver = createAutosave<string>({ delay: 800, write, onError });
  return { saver, write, onError };
}

it('writes the latest value once per delay while typing', async () => {
  const { saver, write } = setup();
  for (const v of ['h', 'ho', 'hol', 'hola']) {
    saver.change(v);
    await vi.advanceTimersByTimeAsync(100);
  }
  expect(write).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(400);
  expect(write).toHaveBeenCalledTimes(1);
  expect(write).toHaveBeenLastCalledWith('hola');
  saver.change('hola!');
  await vi.advanceTimersByTimeAsync(799);
  expect(write).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(write).toHaveBeenLastCalledWith('hola!');
  await vi.advanceTimersByTimeAsync(5000);
  expect(write).toHaveBeenCalledTimes(2);
});

it('flush writes now; pause holds writes, resume writes what was typed meanwhile; stop ends writing', async () => {
  const { saver, write } = setup();
  saver.change('a');
  await saver.flush();
  expect(write).toHaveBeenCalledWith('a');
  saver.pause();
  saver.change('b');
  await vi.advanceTimersByTimeAsync(2000);
  await saver.flush();
  expect(write).toHaveBeenCalledTimes(1);
  saver.resume();
  await vi.advanceTimersByTimeAsync(800);
  expect(write).toHaveBeenLastCalledWith('b');
  saver.change('c');
  saver.stop();
  await vi.advanceTimersByTimeAsync(2000);
  await saver.flush();
  saver.change('d');
  await vi.advanceTimersByTimeAsync(2000);
  expect(write).toHaveBeenCalledTimes(2);
});

it('writes one after another, and a failed write is reported without stopping later ones', async () => {
  let running = 0;
  let most = 0;
  const write = vi.fn(async (v: string) => {
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, 1500));
    running--;
    if (v === 'mal') throw new DOMException('lleno', 'QuotaExceededError');
  });
  const { saver, onError } = setup(write);
  saver.change('mal');
  await vi.advanceTimersByTimeAsync(800);
  saver.change('bien');
  await vi.advanceTimersByTimeAsync(800);
  await vi.advanceTimersByTimeAsync(5000);
  expect(write.mock.calls.map((c) => c[0])).toEqual(['mal', 'bien']);
  expect(most).toBe(1);
  expect(onError).toHaveBeenCalledTimes(1);
});
