// R3 on a slow phone: the fingerprint of a linked device is kept even when the first write fails
// or the remote description is not readable yet when the link opens; retries stop with the room.
import { ObservableV2 } from 'lib0/observable';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LEARN_ATTEMPTS, LEARN_RETRY_MS, learnPeers } from '../../../src/sync/learnPeers';
import { expandSdp } from '../../../src/sync/sdp';

type Events = { linked: (peer: string, pc: RTCPeerConnection) => void };
const FP = new Uint8Array(32).map((_, i) => i + 1);
const HEX = Array.from(FP, (b) => b.toString(16).padStart(2, '0')).join('');
const SDP = expandSdp({ ufrag: 'abcd', pwd: 'abcdefghijklmnopqrstuv', fingerprint: FP, setup: 'active', candidates: [] });
const pcWith = (sdp: string | null) =>
  ({ remoteDescription: sdp === null ? null : { type: 'answer', sdp } }) as unknown as RTCPeerConnection;

describe('learnPeers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('keeps the fingerprint of a linked device', async () => {
    const room = new ObservableV2<Events>();
    const remember = vi.fn(() => Promise.resolve());
    learnPeers(room, 'm', remember);
    room.emit('linked', ['p', pcWith(SDP)]);
    expect(remember).toHaveBeenCalledWith('m', HEX);
  });

  it('retries a failed write until it is kept', async () => {
    const room = new ObservableV2<Events>();
    const remember = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(undefined);
    learnPeers(room, 'm', remember);
    room.emit('linked', ['p', pcWith(SDP)]);
    await vi.advanceTimersByTimeAsync(LEARN_RETRY_MS);
    expect(remember).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(LEARN_RETRY_MS * 3);
    expect(remember).toHaveBeenCalledTimes(2);
  });

  it('waits for a remote description that is not readable yet', async () => {
    const room = new ObservableV2<Events>();
    const remember = vi.fn(() => Promise.resolve());
    learnPeers(room, 'm', remember);
    const pc = { remoteDescription: null } as { remoteDescription: unknown };
    room.emit('linked', ['p', pc as RTCPeerConnection]);
    expect(remember).not.toHaveBeenCalled();
    pc.remoteDescription = { type: 'answer', sdp: SDP };
    await vi.advanceTimersByTimeAsync(LEARN_RETRY_MS);
    expect(remember).toHaveBeenCalledWith('m', HEX);
  });

  it('gives up after a bounded number of attempts and stops with the room', async () => {
    const room = new ObservableV2<Events>();
    const remember = vi.fn(() => Promise.reject(new Error('gone')));
    const stop = learnPeers(room, 'm', remember);
    room.emit('linked', ['p', pcWith(SDP)]);
    await vi.advanceTimersByTimeAsync(LEARN_RETRY_MS * (LEARN_ATTEMPTS + 3));
    expect(remember).toHaveBeenCalledTimes(LEARN_ATTEMPTS);
    room.emit('linked', ['q', pcWith(SDP)]);
    stop();
    await vi.advanceTimersByTimeAsync(LEARN_RETRY_MS * 3);
    expect(remember).toHaveBeenCalledTimes(LEARN_ATTEMPTS + 1);
  });
});
