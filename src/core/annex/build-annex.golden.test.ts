import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFromFixture } from './_test/annex-fixtures';
import { ANNEX_KINDS, type AnnexKind } from './annex-kind';
import { buildAnnex } from './build-annex';
import { describeAnnex } from './describe-annex';

/**
 * Golden files: a readable description of every annex kind's layout, built
 * from its seed fixture with phones masked, in `__golden__/<kind>.txt`, and of
 * every blank template in `__golden__/templates.txt`. `UPDATE_GOLDEN=1` rewrites them.
 */
const GOLDEN_DIR = join(__dirname, '__golden__');

const SEEDS: readonly { readonly name: string; readonly kind: AnnexKind; readonly file: string; readonly sheet: string }[] = [
  { name: 'pairing-plan', kind: 'pairing-plan', file: 'seed000.xlsx', sheet: '附件1' },
  { name: 'monthly-schedule', kind: 'monthly-schedule', file: 'seed001.xlsx', sheet: '附件1' },
  { name: 'rubric', kind: 'rubric', file: 'seed000.xlsx', sheet: '附件2' },
  { name: 'rubric-seed001', kind: 'rubric', file: 'seed001.xlsx', sheet: '附件2' },
  { name: 'star-standard', kind: 'star-standard', file: 'seed002.xlsx', sheet: '附件3' },
  { name: 'task-breakdown', kind: 'task-breakdown', file: 'seed002.xlsx', sheet: '附件5' },
  { name: 'roster', kind: 'roster', file: 'seed002.xlsx', sheet: '附件4' },
  { name: 'roster-seed004', kind: 'roster', file: 'seed004.xlsx', sheet: '工作机构' },
  { name: 'indicator-checklist', kind: 'indicator-checklist', file: 'seed004.xlsx', sheet: '附件1' },
  { name: 'site-checklist', kind: 'site-checklist', file: 'seed004.xlsx', sheet: '附件2' },
  { name: 'grid-assignment', kind: 'grid-assignment', file: 'seed004.xlsx', sheet: '附件4' },
  { name: 'score-summary', kind: 'score-summary', file: 'seed003.xlsx', sheet: '月度考核' },
  { name: 'pairing-plan-numbers', kind: 'pairing-plan', file: 'variants.xlsx', sheet: '数字电话' },
];

function compareGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, `${name}.txt`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

test('every annex kind has a seed golden file', () => {
  expect(ANNEX_KINDS.filter((k) => !SEEDS.some((s) => s.kind === k))).toEqual([]);
});

test.each(SEEDS.map((s) => [s.name, s] as const))('golden layout: %s', async (_name, seed) => {
  const { layout } = await buildFromFixture(seed.file, seed.kind, seed.sheet, { maskPhones: true });
  compareGolden(seed.name, describeAnnex(layout, 14));
});

test('golden layout: every blank template', () => {
  const text = ANNEX_KINDS.map((kind) => `## ${kind}\n${describeAnnex(buildAnnex({ type: 'template', kind, rows: 3 }).layout, 8)}`).join('\n');
  compareGolden('templates', text);
});
