// Native RTCPeerConnection plumbing (rules T12, T13): no ICE servers (offline there is no STUN),
// one negotiated data channel per device pair, and non-trickle signaling: we wait until ICE
// gathering completes so one offer and one answer carry every candidate.

import { holdEarlyFrames } from './channel';

export const RTC_CONFIG: RTCConfiguration = { iceServers: [] };

export interface PeerConnection {
  pc: RTCPeerConnection;
  channel: RTCDataChannel;
}

export function newPeerConnection(config: RTCConfiguration = RTC_CONFIG): PeerConnection {
  const pc = new RTCPeerConnection(config);
  // Negotiated with a fixed id: both sides open the same channel, no in-band announcement needed.
  const channel = pc.createDataChannel('bitacora', { negotiated: true, id: 0, ordered: true });
  holdEarlyFrames(channel);
  return { pc, channel };
}

/** Resolves when gathering completes, or after timeoutMs with whatever was gathered. */
export function gatheringComplete(pc: RTCPeerConnection, timeoutMs = 5000): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', check);
      ok();
    }
    function check() {
      if (pc.iceGatheringState === 'complete') done();
    }
    pc.addEventListener('icegatheringstatechange', check);
  });
}

export async function createOffer(pc: RTCPeerConnection): Promise<string> {
  await pc.setLocalDescription(await pc.createOffer());
  await gatheringComplete(pc);
  return pc.localDescription!.sdp;
}

export async function createAnswer(pc: RTCPeerConnection, offerSdp: string): Promise<string> {
  await pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
  await pc.setLocalDescription(await pc.createAnswer());
  await gatheringComplete(pc);
  return pc.localDescription!.sdp;
}

export function whenChannelOpen(channel: RTCDataChannel, pc: RTCPeerConnection, timeoutMs: number): Promise<boolean> {
  if (channel.readyState === 'open') return Promise.resolve(true);
  return new Promise((ok) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    const onOpen = () => finish(true);
    const onState = () => {
      if (pc.connectionState === 'failed' || pc.connectionState === 'closed') finish(false);
    };
    function finish(result: boolean) {
      clearTimeout(timer);
      channel.removeEventListener('open', onOpen);
      pc.removeEventListener('connectionstatechange', onState);
      ok(result);
    }
    channel.addEventListener('open', onOpen);
    pc.addEventListener('connectionstatechange', onState);
  });
}
