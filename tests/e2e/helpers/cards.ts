// Valid cards in a device's open meeting, for the transport tests (issue 20). The writers and
// readers live in scripts/room-cards.mjs, shared with the room benchmarks so that both write the
// cards the app's reader accepts; this file keeps the specs' import path.
export * from '../../../scripts/room-cards.mjs';
