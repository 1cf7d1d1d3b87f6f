// Benchmark-only page: exposes yjs and y-webrtc's WebrtcProvider so scripts/bench/rows/sync.mjs
// can time the same document sync with the provider we chose not to use (ARCHITECTURE.md, 4).
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';

globalThis.benchYwebrtc = { Y, WebrtcProvider };
