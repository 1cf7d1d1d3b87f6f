// The relay address typed on the room screen (T20).
import { describe, expect, it } from 'vitest';
import { normalizeRelayUrl } from '../../../src/sync/lan';

describe('relay address (T20)', () => {
  it('T20: accepts host:port with or without ws://, refuses anything else', () => {
    expect(normalizeRelayUrl('192.168.1.10:4444')).toBe('ws://192.168.1.10:4444');
    expect(normalizeRelayUrl(' ws://maestra.local:4444 ')).toBe('ws://maestra.local:4444');
    expect(normalizeRelayUrl('wss://relevo.escuela.mx')).toBe('wss://relevo.escuela.mx');
    for (const bad of ['', 'no es una dirección', 'http://192.168.1.10:4444', 'ws://', 'ftp://x'])
      expect(normalizeRelayUrl(bad)).toBeNull();
  });
});
