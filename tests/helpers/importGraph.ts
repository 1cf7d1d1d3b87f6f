// The import graph of src/, read from the source text: every relative static import, re-export and
// dynamic import(), resolved to a file. Used by tests/unit/architecture.test.ts.
import fs from 'node:fs';
import path from 'node:path';

export interface ImportEdge {
  from: string;
  to: string;
  /** `import type` / `export type`: erased at build time. */
  typeOnly: boolean;
  dynamic: boolean;
}

const SOURCE = /\.(ts|tsx)$/;
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listFiles(p);
    return SOURCE.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = path.normalize(path.join(path.dirname(from), spec));
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

export function importGraph(root: string): { files: string[]; edges: ImportEdge[]; unresolved: string[] } {
  const files = listFiles(root);
  const edges: ImportEdge[] = [];
  const unresolved: string[] = [];
  for (const from of files) {
    const text = fs.readFileSync(from, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4]!;
      const to = resolve(from, spec);
      if (!to) {
        // Non-code assets (CSS, JSON, SVG) are not modules of the graph.
        if (!/\.(css|json|svg|png)(\?.*)?$/.test(spec)) unresolved.push(`${from} -> ${spec}`);
        continue;
      }
      edges.push({ from, to, typeOnly: Boolean(m[2]), dynamic: Boolean(m[4]) });
    }
  }
  return { files, edges, unresolved };
}

/** Strongly connected components of more than one file (or a file importing itself): the cycles. */
export function cycles(files: string[], edges: ImportEdge[]): string[][] {
  const out = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) out.get(e.from)?.push(e.to);
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of out.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (out.get(v) ?? []).includes(v)) found.push(scc);
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  return found;
}
