// Benchmark-only page: exposes yjs and y-webrtc's WebrtcProvider so scripts/bench/rows/sync.mjs
// can time the same document sync with the provider we chose not to use (ARCHITECTURE.md, 4).
// The app's meeting model is exposed as the app's diagnostics do (window.__bitacoraModelo), so
// both sides of the comparison carry the same valid cards (scripts/room-cards.mjs).
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import { addCard, joinSchool } from '../../../../src/meeting/model';
import { readCard } from '../../../../src/meeting/readCard';

globalThis.benchYwebrtc = { Y, WebrtcProvider };
globalThis.__bitacoraModelo = { addCard, joinSchool, readCard };
