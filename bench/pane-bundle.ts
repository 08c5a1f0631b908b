import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const CONFIGS = ['webpack.config.js', 'webpack.config.cjs', 'webpack.config.mjs', 'webpack.config.ts'];
const MEASURE_SCRIPT = join(ROOT, 'scripts', 'measure-bundle.cjs');

export interface BundleFigure {
  /** The entry whose initial JavaScript is measured. */
  readonly entry: 'taskpane';
  /** Sum of the initial chunks, gzipped (level 9), and raw. */
  readonly gzipBytes: number;
  readonly bytes: number;
  readonly files: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  /** Whether this run built dist/ (it was absent or older than the sources). */
  readonly built: boolean;
  /** `scripts/measure-bundle.cjs` when it measured, else this bench's reading of dist/taskpane.html. */
  readonly measuredBy: string;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** dist/ is stale when any source, the config or the lock file is newer than its taskpane.html. */
function distIsFresh(config: string): boolean {
  const html = join(DIST, 'taskpane.html');
  if (!existsSync(html)) return false;
  const built = statSync(html).mtimeMs;
  const inputs = [join(ROOT, 'src'), join(ROOT, config), join(ROOT, 'package-lock.json')].filter(existsSync);
  return inputs.every((input) => newestMtime(input) <= built);
}

/** The production build; its output goes to stderr so `--json` keeps stdout clean. */
function build(): void {
  const result = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stderr.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.status !== 0) throw new Error(`webpack --mode production 失败（退出码 ${result.status}）`);
}

/** The local scripts the built taskpane.html loads at start-up: the entry's initial chunks (office.js is Microsoft's CDN). */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  // Minified HTML may leave attributes unquoted: `<script defer src=944.js>`.
  const scripts = [...html.matchAll(/<script[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  return scripts.filter((src) => !/^(https?:)?\/\//.test(src)).map((src) => join(DIST, src.replace(/^\.?\//, '').split('?')[0]));
}

/** The taskpane page as scripts/measure-bundle.cjs reports it (`{ pages: { 'taskpane.html': { gzipKb, rawKb } } }`). */
function fromMeasureScript(): Pick<BundleFigure, 'gzipBytes' | 'bytes' | 'measuredBy'> | undefined {
  if (!existsSync(MEASURE_SCRIPT)) return undefined;
  const result = spawnSync(process.execPath, [MEASURE_SCRIPT, DIST, '--json'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  try {
    const page = (JSON.parse(result.stdout) as { pages?: Record<string, { gzipKb?: number; rawKb?: number }> }).pages?.['taskpane.html'];
    if (typeof page?.gzipKb !== 'number' || typeof page.rawKb !== 'number') return undefined;
    return { gzipBytes: Math.round(page.gzipKb * 1024), bytes: Math.round(page.rawKb * 1024), measuredBy: 'scripts/measure-bundle.cjs' };
  } catch {
    return undefined;
  }
}

/**
 * The pane's initial JavaScript, gzipped: builds dist/ when it is absent or
 * stale, then gzips the scripts taskpane.html loads before the pane can draw.
 * Returns a reason instead when the pane's build is not in the checkout yet.
 */
export function measurePaneBundle(): BundleFigure | { missing: string } {
  const config = CONFIGS.find((name) => existsSync(join(ROOT, name)));
  if (!config) return { missing: '缺少 webpack.config.js（任务窗格的构建尚未合入）' };
  let built = false;
  if (!distIsFresh(config)) {
    build();
    built = true;
  }
  if (!existsSync(join(DIST, 'taskpane.html'))) return { missing: '构建后仍没有 dist/taskpane.html' };
  const files = initialScripts().map((file) => {
    const data = readFileSync(file);
    return { file: relative(ROOT, file), bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
  const own: BundleFigure = {
    entry: 'taskpane',
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    files,
    built,
    measuredBy: 'bench/pane-bundle.ts（dist/taskpane.html 引用的脚本）',
  };
  const script = fromMeasureScript();
  return script ? { ...own, ...script } : own;
}
