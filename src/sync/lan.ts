// Client of the LAN relay (rule T20): our relay server (scripts/relay-server.mjs, T24), started on
// a laptop with `npm run relay`. It speaks y-webrtc's JSON protocol (subscribe / publish / ping)
// and carries the same sealed envelopes as every other transport, base64url-encoded, so the relay
// sees only ciphertext. It reconnects by itself with a growing pause while the room is open.
import { fromBase64Url, toBase64Url } from './bytes';
import type { SignalTransport } from './transport';

export type LanStatus = 'connecting' | 'connected' | 'down';

export function normalizeRelayUrl(text: string): string | null {
  let t = text.trim();
  if (!t || /\s/.test(t)) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t) && !/^wss?:\/\//i.test(t)) return null;
  if (!/^wss?:\/\//i.test(t)) t = `ws://${t}`;
  try {
    const u = new URL(t);
    if ((u.protocol !== 'ws:' && u.protocol !== 'wss:') || !/^[A-Za-z0-9.\-[\]:]+$/.test(u.hostname)) return null;
    return u.href.replace(/\/$/, '');
  } catch {
    return null;
  }
}

export function lanTransport(url: string, topic: string, onStatus: (s: LanStatus) => void = () => undefined): SignalTransport {
  let ws: WebSocket | null = null;
  let closed = false;
  let delay = 1000;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let ping: ReturnType<typeof setInterval> | undefined;

  function connect(receive: (sealed: Uint8Array) => void, onUp: () => void) {
    if (closed) return;
    onStatus('connecting');
    try {
      ws = new WebSocket(url);
    } catch {
      // Mixed content or a malformed address: the browser refuses at once (docs/RELAY.md).
      onStatus('down');
      return;
    }
    ws.onopen = () => {
      delay = 1000;
      ws?.send(JSON.stringify({ type: 'subscribe', topics: [topic] }));
      ping = setInterval(() => ws?.readyState === WebSocket.OPEN && ws.send(JSON.stringify({ type: 'ping' })), 20_000);
      onStatus('connected');
      onUp();
    };
    ws.onmessage = (e: MessageEvent) => {
      try {
        const msg: unknown = JSON.parse(String(e.data));
        if (typeof msg !== 'object' || msg === null) return;
        const m = msg as { type?: unknown; topic?: unknown; data?: unknown };
        if (m.type !== 'publish' || m.topic !== topic || typeof m.data !== 'string') return;
        const bytes = fromBase64Url(m.data);
        if (bytes) receive(bytes);
      } catch {
        // Not JSON: not from the relay we know; the room counts only envelopes it can open.
      }
    };
    ws.onclose = () => {
      clearInterval(ping);
      ws = null;
      if (closed) return;
      onStatus('down');
      retry = setTimeout(() => connect(receive, onUp), delay);
      delay = Math.min(delay * 2, 15_000);
    };
  }

  return {
    name: 'lan',
    start: (receive, onUp) => connect(receive, onUp),
    send(sealed) {
      if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'publish', topic, data: toBase64Url(sealed) }));
    },
    close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(ping);
      ws?.close();
    },
  };
}
