// Signaling between tabs of one browser (rule T21) over BroadcastChannel. Tabs of one browser
// share IndexedDB but not live edits; this lets them pair with each other like any two devices.
import type { SignalTransport } from './transport';

export function tabsTransport(topic: string): SignalTransport {
  let channel: BroadcastChannel | null = null;
  return {
    name: 'tabs',
    start(receive, onUp) {
      if (typeof BroadcastChannel === 'undefined') return;
      channel = new BroadcastChannel(topic);
      channel.onmessage = (e: MessageEvent) => {
        if (e.data instanceof Uint8Array) receive(e.data);
      };
      onUp();
    },
    send(sealed) {
      channel?.postMessage(sealed);
    },
    close() {
      channel?.close();
      channel = null;
    },
  };
}
