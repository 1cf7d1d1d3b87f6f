// The LAN relay's server (rules T20, T24, T27 in docs/SYNC-TRANSPORT.md). It speaks y-webrtc's
// signaling protocol (JSON text frames: subscribe / unsubscribe / publish / ping on topics), so
// y-webrtc's own WebrtcProvider works with it as well as the app, but unlike y-webrtc's
// bin/server.js no input can stop it: every frame is checked before it costs anything, each
// client has a budget of frames, bytes and topics, and a client that keeps breaking the rules is
// disconnected while everyone else goes on. It never decodes what it carries (sealed envelopes).
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

/** Defaults sized for one school room (≈ 30 devices, bursts of offers when one joins). */
export const RELAY_LIMITS = Object.freeze({
  /** Largest frame accepted; ws closes the connection (1009) above it, before buffering it all. */
  maxPayload: 64 * 1024,
  maxClients: 256,
  maxClientsPerAddress: 64,
  maxTopicsPerClient: 16,
  maxTopicLength: 200,
  /** Frames per second per client, and the burst allowed above that rate. */
  framesPerSecond: 50,
  framesBurst: 200,
  /** Bytes per second per client, counted as sent: frame size × receivers (fan-out is the cost). */
  bytesPerSecond: 1024 * 1024,
  bytesBurst: 4 * 1024 * 1024,
  /** Refused frames allowed (decaying one per second) before the client is disconnected. */
  maxStrikes: 20,
  /** A receiver with this much unsent is skipped instead of buffering more for it. */
  maxBufferedBytes: 1024 * 1024,
  /** Clients that do not answer a WebSocket ping within this interval are closed. */
  pingIntervalMs: 30_000,
});

const TYPES = new Set(['subscribe', 'unsubscribe', 'publish', 'ping']);

/** A token bucket: `take` spends if there is enough, refilling at `rate` per second up to `burst`. */
function bucket(rate, burst, now) {
  let tokens = burst;
  let at = now();
  return {
    take(n) {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - at) / 1000) * rate);
      at = t;
      if (tokens < n) return false;
      tokens -= n;
      return true;
    },
  };
}

function emptyStats() {
  return {
    connections: 0,
    topics: 0,
    accepted: { subscribe: 0, unsubscribe: 0, publish: 0, ping: 0 },
    delivered: 0,
    refused: { binary: 0, notJson: 0, badShape: 0, oversize: 0, protocol: 0, tooManyTopics: 0, rateLimited: 0, full: 0 },
    skippedSlow: 0,
    closedForAbuse: 0,
  };
}

/**
 * Starts the relay. `port` 0 picks a free one. Returns the bound port, live counters (never any
 * content) and close().
 */
export async function startRelayServer({ port = 4444, host, limits = {}, now = () => Date.now() } = {}) {
  const L = { ...RELAY_LIMITS, ...limits };
  const stats = emptyStats();
  /** topic → subscribed sockets */
  const topics = new Map();
  const perAddress = new Map();
  const clients = new Set();
  let sockets = 0;

  const http = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('okay');
  });
  // A malformed HTTP request must not be able to throw out of the server.
  http.on('clientError', (_err, socket) => socket.destroy());
  const wss = new WebSocketServer({ noServer: true, maxPayload: L.maxPayload, clientTracking: true });
  wss.on('error', () => undefined);

  const refuse = (client, reason) => {
    stats.refused[reason] += 1;
    if (!client.cut && !client.strikes.take(1)) {
      // Frames already received are ignored from here on: the connection is on its way out.
      client.cut = true;
      stats.closedForAbuse += 1;
      client.ws.close(1008, 'reglas del relevo');
    }
  };

  const unsubscribe = (client, name) => {
    if (!client.topics.delete(name)) return;
    const subs = topics.get(name);
    if (!subs) return;
    subs.delete(client);
    if (subs.size === 0) topics.delete(name);
    stats.topics = topics.size;
  };

  const validTopic = (t) => typeof t === 'string' && t.length > 0 && t.length <= L.maxTopicLength;

  function handle(client, raw, isBinary) {
    if (client.cut) return;
    // Spend the frame budget before parsing: a flood costs one comparison per frame.
    if (!client.frames.take(1)) return refuse(client, 'rateLimited');
    if (isBinary) return refuse(client, 'binary');
    const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
    let msg;
    try {
      msg = JSON.parse(text);
    } catch {
      return refuse(client, 'notJson');
    }
    if (typeof msg !== 'object' || msg === null || Array.isArray(msg) || !TYPES.has(msg.type)) return refuse(client, 'badShape');
    if (msg.type === 'ping') {
      stats.accepted.ping += 1;
      return send(client, '{"type":"pong"}');
    }
    if (msg.type === 'subscribe' || msg.type === 'unsubscribe') {
      const list = msg.topics;
      if (!Array.isArray(list) || list.length > L.maxTopicsPerClient || !list.every(validTopic)) return refuse(client, 'badShape');
      stats.accepted[msg.type] += 1;
      for (const name of list) {
        if (msg.type === 'unsubscribe') {
          unsubscribe(client, name);
          continue;
        }
        if (client.topics.has(name)) continue;
        if (client.topics.size >= L.maxTopicsPerClient) {
          refuse(client, 'tooManyTopics');
          continue;
        }
        client.topics.add(name);
        let subs = topics.get(name);
        if (!subs) topics.set(name, (subs = new Set()));
        subs.add(client);
      }
      stats.topics = topics.size;
      return;
    }
    // publish: forwarded as y-webrtc's server does (with the receiver count), only known fields.
    if (!validTopic(msg.topic) || msg.data === undefined) return refuse(client, 'badShape');
    const receivers = topics.get(msg.topic);
    const out = JSON.stringify({ type: 'publish', topic: msg.topic, data: msg.data, clients: receivers?.size ?? 0 });
    if (!client.bytes.take(out.length * Math.max(1, receivers?.size ?? 0))) return refuse(client, 'rateLimited');
    stats.accepted.publish += 1;
    if (receivers) for (const r of receivers) send(r, out);
  }

  function send(client, text) {
    const ws = client.ws;
    if (ws.readyState !== ws.OPEN) return;
    // A receiver that does not read (or reads slowly) must not make the relay buffer without end.
    if (ws.bufferedAmount > L.maxBufferedBytes) {
      stats.skippedSlow += 1;
      return;
    }
    try {
      ws.send(text);
      stats.delivered += 1;
    } catch {
      ws.terminate();
    }
  }

  wss.on('connection', (ws) => {
    const client = {
      ws,
      topics: new Set(),
      alive: true,
      cut: false,
      frames: bucket(L.framesPerSecond, L.framesBurst, now),
      bytes: bucket(L.bytesPerSecond, L.bytesBurst, now),
      strikes: bucket(1, L.maxStrikes, now),
    };
    stats.connections = wss.clients.size;
    ws.on('pong', () => (client.alive = true));
    ws.on('message', (raw, isBinary) => {
      try {
        handle(client, raw, isBinary);
      } catch {
        // Nothing above should throw; if it ever does, only this frame is lost.
        refuse(client, 'badShape');
      }
    });
    // Invalid UTF-8, bad opcodes, oversized frames: ws reports them here and closes the socket.
    ws.on('error', (err) => {
      const code = /** @type {{ code?: string }} */ (err).code;
      stats.refused[code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'oversize' : 'protocol'] += 1;
    });
    ws.on('close', () => {
      for (const name of [...client.topics]) unsubscribe(client, name);
      clients.delete(client);
      stats.connections = wss.clients.size;
    });
    clients.add(client);
  });

  http.on('upgrade', (req, socket, head) => {
    socket.on('error', () => undefined);
    const address = req.socket.remoteAddress ?? '';
    // Counted from the upgrade request to the socket's end, so handshakes in flight count too.
    if (sockets >= L.maxClients || (perAddress.get(address) ?? 0) >= L.maxClientsPerAddress) {
      stats.refused.full += 1;
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets += 1;
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      sockets -= 1;
      const n = (perAddress.get(address) ?? 1) - 1;
      if (n <= 0) perAddress.delete(address);
      else perAddress.set(address, n);
    };
    // A failed handshake ends only the socket; an open connection ends with its WebSocket.
    socket.once('close', release);
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', release);
      wss.emit('connection', ws);
    });
  });

  const heartbeat = setInterval(() => {
    for (const c of clients) {
      if (!c.alive) {
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      try {
        c.ws.ping();
      } catch {
        c.ws.terminate();
      }
    }
  }, L.pingIntervalMs);
  heartbeat.unref();

  await new Promise((ok, fail) => {
    http.once('error', fail);
    http.listen(port, host, () => {
      http.off('error', fail);
      ok();
    });
  });
  http.on('error', () => undefined);
  const bound = http.address();

  return {
    port: typeof bound === 'object' && bound ? bound.port : port,
    stats,
    close: () =>
      new Promise((ok) => {
        clearInterval(heartbeat);
        for (const c of clients) c.ws.terminate();
        wss.close();
        http.close(() => ok());
      }),
  };
}
