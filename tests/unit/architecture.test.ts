// The layers of src/ (docs/ARCHITECTURE.md, "Layers and import direction") hold: every import goes
// down or sideways within a layer that allows it, and there is no import cycle anywhere in src/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../helpers/importGraph';
// Folders on one line share a layer and do not import each other, except `features/*`, whose
// screens may compose one another (without cycles).
import { LAYERS } from '../../scripts/layers.mjs';

const folderOf = (file: string) => path.relative('src', file).split(path.sep)[0]!;
const rankOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

describe('architecture', () => {
  const { files, edges, unresolved } = importGraph('src');

  it('reads a real graph (guards the test itself)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(edges.length).toBeGreaterThan(files.length);
    expect(unresolved).toEqual([]);
    // The known shape is found: the app's routes lazily import the screens.
    expect(edges.some((e) => e.from === path.join('src', 'app', 'routes.ts') && e.dynamic && folderOf(e.to) === 'features')).toBe(true);
  });

  it('every folder of src/ belongs to a layer', () => {
    const unknown = [...new Set(files.map(folderOf))].filter((f) => rankOf(f) < 0);
    expect(unknown).toEqual([]);
  });

  it('imports go down the layers (nothing imports app/, nothing below features/ imports a screen)', () => {
    const wrong = edges
      .filter((e) => {
        const a = folderOf(e.from);
        const b = folderOf(e.to);
        if (a === b) return false;
        const ra = rankOf(a);
        const rb = rankOf(b);
        return rb > ra || (rb === ra && a !== 'features');
      })
      .map((e) => `${e.from} -> ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('has no import cycle (type-only and dynamic imports included)', () => {
    expect(cycles(files, edges)).toEqual([]);
  });
});
