import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DOCS = join(__dirname, '..', '..', 'docs', 'bench.md');
const START = '<!-- bench:figures:start -->';
const END = '<!-- bench:figures:end -->';

/** Replaces the figures between the markers of docs/bench.md (the prose around them is kept). */
export function writeDocs(markdown: string): void {
  const text = existsSync(DOCS) ? readFileSync(DOCS, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/bench.md 缺少 ${START} … ${END} 标记`);
  writeFileSync(DOCS, `${text.slice(0, start + START.length)}\n${markdown}\n${text.slice(end)}`);
}
