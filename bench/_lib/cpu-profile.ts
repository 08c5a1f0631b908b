import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { findSourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One function's share of a CPU profile, located in the TypeScript source. */
export interface HotSpot {
  /** `src/core/contacts/_lib/similarNameFindings.ts:41` */
  readonly at: string;
  readonly function: string;
  readonly selfMs: number;
  readonly selfPercent: number;
  /** Time in the function and everything it called (recursion counted once). */
  readonly totalMs: number;
}

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/**
 * Runs `work` under V8's sampling profiler (the profile `node --cpu-prof`
 * writes), saves it to `file` for Chrome DevTools, and returns the hottest
 * functions by self time, mapped back to TypeScript lines through the
 * source maps tsx registers.
 */
export async function profileHotSpots(work: () => unknown, file: string, top = 15): Promise<{ self: HotSpot[]; total: HotSpot[] }> {
  const session = new Session();
  session.connect();
  try {
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
    await post(session, 'Profiler.start');
    work();
    const { profile } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    return summarize(profile, top);
  } finally {
    session.disconnect();
  }
}

function sourceLocation(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return `(${frame.functionName || 'native'})`;
  const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  const entry = findSourceMap(path)?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  if (entry && entry.originalSource !== undefined && entry.originalLine !== undefined) {
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return `${relative(process.cwd(), source)}:${entry.originalLine + 1}`;
  }
  return `${relative(process.cwd(), path)}:${frame.lineNumber + 1}`;
}

/**
 * The hottest functions twice over: by self time (where the CPU is), and, among
 * this repository's own source files, by total time (which call to make cheaper).
 */
function summarize(profile: CpuProfile, top: number): { self: HotSpot[]; total: HotSpot[] } {
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const all = [...selfTime.values()].reduce((a, b) => a + b, 0) || 1;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = new Map<number, { key: string; fn: string; at: string }>();
  for (const node of profile.nodes) {
    const at = sourceLocation(node.callFrame);
    const fn = node.callFrame.functionName || '(anonymous)';
    keyOf.set(node.id, { key: `${fn} ${at}`, fn, at });
  }
  const stats = new Map<string, { fn: string; at: string; self: number; total: number }>();
  const entry = (id: number) => {
    const { key, fn, at } = keyOf.get(id)!;
    let found = stats.get(key);
    if (!found) stats.set(key, (found = { fn, at, self: 0, total: 0 }));
    return found;
  };
  // Walk from the root with the functions on the stack, so a recursive function's time counts once.
  const root = profile.nodes[0];
  const walk = (id: number, onStack: ReadonlySet<string>): number => {
    const node = nodes.get(id)!;
    const key = keyOf.get(id)!.key;
    const stack = onStack.has(key) ? onStack : new Set([...onStack, key]);
    let subtree = selfTime.get(id) ?? 0;
    for (const child of node.children ?? []) subtree += walk(child, stack);
    entry(id).self += selfTime.get(id) ?? 0;
    if (!onStack.has(key)) entry(id).total += subtree;
    return subtree;
  };
  if (root) walk(root.id, new Set());
  const spot = (s: { fn: string; at: string; self: number; total: number }): HotSpot => ({
    at: s.at, function: s.fn, selfMs: Math.round(s.self / 1000), selfPercent: Math.round((s.self / all) * 1000) / 10, totalMs: Math.round(s.total / 1000),
  });
  const list = [...stats.values()];
  return {
    self: list.filter((s) => s.self > 0).sort((a, b) => b.self - a.self).slice(0, top).map(spot),
    total: list.filter((s) => /^src\//.test(s.at)).sort((a, b) => b.total - a.total).slice(0, top).map(spot),
  };
}
