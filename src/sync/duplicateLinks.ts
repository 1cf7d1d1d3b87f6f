// Which of two links to one peer both sides keep (rule T13). A QR pairing can race the relay
// pairing the same two devices; each side then holds two authenticated links to one peer. Both
// keep the one whose ICE ufrag pair sorts first: each side sees the same two ufrags, so they agree
// without a message.

/** The link's identity both ends compute alike: the two ICE ufrags, sorted. */
export function pairKey(pc: Pick<RTCPeerConnection, 'localDescription' | 'remoteDescription'>): string {
  const ufrag = (sdp: string | undefined) => /a=ice-ufrag:(\S+)/.exec(sdp ?? '')?.[1] ?? '';
  return [ufrag(pc.localDescription?.sdp), ufrag(pc.remoteDescription?.sdp)].sort().join(' ');
}

/** Whether a new link with `newKey` replaces the open one with `existingKey`. */
export function replacesExisting(newKey: string, existingKey: string): boolean {
  return newKey < existingKey;
}
