// Reading Chromium traces and V8 CPU profiles for the profiling scripts (profile-list.mjs,
// profile-start.mjs): where the main thread's time went between two marks.

/**
 * Self time per trace event name on the renderer's main thread between two marks (events named
 * `from` and `to`, e.g. performance.mark names or Blink's own navigationStart); with `timeline`,
 * also each task in that window.
 */
export function summarizeTrace(events, from, to, { timeline = false } = {}) {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((m) => m.name === to && m.pid === e.pid && m.tid === e.tid),
  );
  if (!main) return console.log('  (sin hilo principal en la traza)');
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const t0 = (on.find((e) => e.name === from) ?? events.find((e) => e.name === from && e.pid === main.pid)).ts;
  const t1 = on.find((e) => e.name === to).ts;
  const spans = on.filter((e) => e.ph === 'X' && e.dur && e.ts + e.dur >= t0 && e.ts <= t1).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const add = (name, us) => self.set(name, (self.get(name) ?? 0) + us);
  for (const e of spans) {
    while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
    const start = Math.max(e.ts, t0);
    const end = Math.min(e.ts + e.dur, t1);
    const parent = stack.at(-1);
    if (parent) add(parent.label, -(end - start));
    add(labelOf(e), end - start);
    stack.push({ end: e.ts + e.dur, label: labelOf(e) });
  }
  if (timeline) printTimeline(spans, t0);
  const busy = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`  hilo principal ocupado ${Math.round(busy / 1000)} ms de ${Math.round((t1 - t0) / 1000)} ms`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    if (us >= 1000) console.log(`  ${String(Math.round(us / 1000)).padStart(5)} ms  ${name}`);
  }
}

function labelOf(e) {
  if (e.name === 'EventDispatch') return `EventDispatch ${e.args?.data?.type ?? ''}`;
  if (e.name === 'FunctionCall' || e.name === 'TimerFire') return e.name;
  return e.name;
}

/** JavaScript self time per function, from V8's sampling profile. */
export function summarizeCpu(profile, windowMs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const key = `${f.functionName || '(anónima)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0));
  }
  const stacksOf = process.env.STACKS_OF; // e.g. STACKS_OF=gr: who calls a hot function
  if (stacksOf) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const paths = new Map();
    profile.samples.forEach((id, i) => {
      if (byId.get(id).callFrame.functionName !== stacksOf) return;
      const names = [];
      for (let p = id; p !== undefined && names.length < 14; p = parent.get(p)) names.push(byId.get(p).callFrame.functionName || '?');
      const k = names.join(' < ');
      paths.set(k, (paths.get(k) ?? 0) + (deltas[i + 1] ?? 0));
    });
    for (const [k, us] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  ${Math.round(us / 1000)} ms ${k}`);
  }
  console.log(`  JavaScript (muestras; ${Math.round(windowMs)} ms en total):`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    if (us >= 1000) console.log(`  ${String(Math.round(us / 1000)).padStart(5)} ms  ${name}`);
  }
}

/** Each top-level task with its offset from the first mark and what it ran (JS entry points, style, layout). */
function printTimeline(spans, t0) {
  let end = 0;
  for (const e of spans) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    if (e.dur < 1000) continue;
    const inner = spans.filter((c) => c !== e && c.ts >= e.ts && c.ts < end && c.dur >= 1000 && c.name !== 'RunTask');
    const what = inner.slice(0, 6).map(
      (c) =>
        `${c.name}${
          c.args?.data?.functionName || c.args?.data?.url
            ? `(${c.args.data.functionName ?? ''} ${String(c.args.data.url ?? '')
                .split('/')
                .pop()})`
            : c.args?.data?.type
              ? `(${c.args.data.type})`
              : ''
        } ${Math.round(c.dur / 1000)}`,
    );
    console.log(
      `  +${String(Math.round((e.ts - t0) / 1000)).padStart(4)} ms ${String(Math.round(e.dur / 1000)).padStart(4)} ms ${e.name}: ${what.join(', ')}`,
    );
  }
}

/** JavaScript self time per script and per function from the trace's V8 sampling profile. */
export function summarizeTraceCpu(events, mark = 'ready') {
  const pid = events.find((e) => e.name === mark)?.pid;
  const nodes = new Map();
  const byScript = new Map();
  const byFunction = new Map();
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === pid)) {
    const data = e.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${n.id}`, n.callFrame);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const f = nodes.get(`${e.id}:${id}`);
      if (!f) return;
      const script = (f.url || f.functionName || '?').split('/').pop();
      const us = deltas[i + 1] ?? deltas[i] ?? 0;
      byScript.set(script, (byScript.get(script) ?? 0) + us);
      const fn = `${f.functionName || '(anónima)'} ${script}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    });
  }
  for (const [title, map, n] of [
    ['por script', byScript, 12],
    ['por función', byFunction, 20],
  ]) {
    console.log(`  JavaScript ${title}:`);
    for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      if (us >= 2000) console.log(`  ${String(Math.round(us / 1000)).padStart(5)} ms  ${name}`);
    }
  }
}
