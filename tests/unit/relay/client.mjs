// A plain WebSocket client for the relay tests (ws in Node 20, which has no global WebSocket):
// sends anything, keeps every frame it receives, and waits on conditions, never on fixed sleeps.
import { clearTimeout, setTimeout } from 'node:timers';
import { WebSocket } from 'ws';

export function connect(url) {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(url);
    const messages = [];
    const waiters = new Set();
    let closeInfo = null;
    const closed = new Promise((done) =>
      ws.on('close', (code) => {
        closeInfo = { code };
        for (const w of waiters) w();
        done(closeInfo);
      }),
    );
    let opened = false;
    // A refused handshake reports its error while ws is already CLOSING: track opening ourselves.
    ws.on('error', (err) => {
      if (!opened) fail(err);
    });
    ws.on('message', (raw) => {
      let parsed;
      try {
        parsed = JSON.parse(String(raw));
      } catch {
        parsed = { unparsed: String(raw) };
      }
      messages.push(parsed);
      for (const w of waiters) w();
    });
    ws.on('open', () => {
      opened = true;
      ok({
        messages,
        closed,
        isOpen: () => ws.readyState === WebSocket.OPEN,
        send(data, opts = {}) {
          if (ws.readyState === WebSocket.OPEN) ws.send(data, { binary: opts.binary ?? false });
        },
        json(obj) {
          if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(obj));
        },
        waitFor(pred, timeoutMs = 5000) {
          return new Promise((done, failWait) => {
            const check = () => {
              const hit = messages.find(pred);
              if (hit !== undefined) {
                waiters.delete(check);
                clearTimeout(timer);
                done(hit);
              } else if (closeInfo) {
                waiters.delete(check);
                clearTimeout(timer);
                failWait(new Error(`closed (${closeInfo.code}) before the expected message`));
              }
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              failWait(new Error('expected message did not arrive'));
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        close() {
          ws.close();
          return closed;
        },
      });
    });
  });
}
