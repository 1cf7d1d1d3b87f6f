// The words on the room screen for each status (T28): what the teacher reads is what is true.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RoomStatus } from '../../../src/features/room/DeviceList';
import type { SessionSnapshot } from '../../../src/sync/session';

const peer = (person: string, state: 'hasAll' | 'syncing' | 'silent') => ({
  clientId: person.length,
  peer: 'AAAAAAAAAAA',
  school: `Escuela ${person}`,
  person,
  direct: true,
  near: state !== 'silent',
  state,
  hasAll: state === 'hasAll',
});

function snap(over: Partial<SessionSnapshot>): SessionSnapshot {
  return {
    peers: [],
    status: 'alone',
    silent: 0,
    allHaveAll: false,
    directLinks: 0,
    lost: [],
    incoming: null,
    lan: null,
    counts: { refusedEnvelopes: 0, replayedEnvelopes: 0, refusedLinks: 0, failedConnections: 0, droppedFrames: 0 },
    versionProblem: null,
    ...over,
  };
}

const render = (s: SessionSnapshot) => renderToStaticMarkup(createElement(RoomStatus, { snap: s }));

describe('room status words (T28)', () => {
  it('T28: each status says what is true, and only "allHaveAll" shows the check mark', () => {
    expect(render(snap({}))).toContain('Aún no hay otros dispositivos conectados.');
    const deaf = render(snap({ status: 'deaf', peers: [peer('Ana', 'silent')] }));
    expect(deaf).toContain('No se oye a ningún dispositivo');
    expect(deaf).toContain('sin respuesta');
    expect(deaf).not.toContain('✓');
    const silent = render(snap({ status: 'silent', silent: 1, peers: [peer('Ana', 'silent'), peer('Beto', 'hasAll')] }));
    expect(silent).toContain('Un dispositivo no responde; los demás tienen todo.');
    expect(silent).not.toContain('✓');
    expect(render(snap({ status: 'syncing', peers: [peer('Ana', 'syncing')] }))).toContain('Sincronizando…');
    expect(render(snap({ status: 'allHaveAll', allHaveAll: true, peers: [peer('Ana', 'hasAll')] }))).toContain('✓ Todos tienen todo');
  });

  it('the heading comes first, the status under it; no empty list when alone', () => {
    const alone = render(snap({}));
    expect(alone.indexOf('Dispositivos conectados')).toBeGreaterThanOrEqual(0);
    // Before 7 Dec "Aún no hay otros dispositivos conectados." sat above its own heading.
    expect(alone.indexOf('Dispositivos conectados')).toBeLessThan(alone.indexOf('Aún no hay otros'));
    expect(alone).not.toContain('data-testid="devices"');
    expect(render(snap({ status: 'syncing', peers: [peer('Ana', 'syncing')] }))).toContain('data-testid="devices"');
  });
});
