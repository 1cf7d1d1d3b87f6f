// The GitHub Pages workflow cannot run here: its structure is checked instead, so a broken edit
// (wrong base, missing permission, artifact from the wrong folder) fails `npm test`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// js-yaml comes with eslint (no types of its own here); only load() is used.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; needs?: string; steps: Step[]; environment?: { name: string } }>;
}

const wf = load(readFileSync('.github/workflows/pages.yml', 'utf8')) as Workflow;
const usesOf = (steps: Step[]) => steps.map((s) => s.uses?.split('@')[0]).filter(Boolean);

describe('GitHub Pages workflow', () => {
  it('runs on main and by hand, with the permissions Pages needs', () => {
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch']));
    expect(wf.permissions).toMatchObject({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });

  it('builds with the repository sub-path as base and uploads dist/ with an SPA 404 page', () => {
    const steps = wf.jobs.build!.steps;
    expect(usesOf(steps)).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact']);
    const pagesStep = steps.find((s) => s.uses?.startsWith('actions/configure-pages'))!;
    const build = steps.find((s) => s.run?.includes('--base='))!;
    expect(build.run).toContain('npm run build');
    expect(build.env?.BASE_PATH).toBe(`\${{ steps.${pagesStep.id}.outputs.base_path }}`);
    const order = (p: (s: Step) => boolean) => steps.findIndex(p);
    expect(order((s) => s === pagesStep)).toBeLessThan(order((s) => s === build));
    const fallback = order((s) => s.run === 'cp dist/index.html dist/404.html');
    expect(fallback).toBeGreaterThan(order((s) => s === build));
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(order((s) => s === upload)).toBeGreaterThan(fallback);
    expect(upload.with?.path).toBe('dist');
  });

  it('deploys with actions/deploy-pages after the build, into the github-pages environment', () => {
    const deploy = wf.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    expect(usesOf(deploy.steps)).toEqual(['actions/deploy-pages']);
  });
});
