import { cellAt, type Grid } from '../grid/grid';
import { columnOf, type RecognizedTable } from '../recognize/recognized-table';
import { normalizeText } from './_lib/normalizeText';

/** One star level: how many aspects must pass, whether every mandatory aspect must, and the office space needed. */
export interface StarLevelRule {
  readonly label: string;
  /** Aspects passed, at least; `'all'` for every aspect (市级: all 16). */
  readonly minPassed: number | 'all';
  readonly mandatoryRequired: boolean;
  /** 综合用房面积 in ㎡, at least; 0 for no requirement. */
  readonly minArea: number;
}

/** The pass/fail star model (seed 002 附件3): aspects, the mandatory ones, level rules from the highest down. */
export interface StarModel {
  readonly aspects: readonly string[];
  readonly mandatory: readonly string[];
  readonly levels: readonly StarLevelRule[];
  readonly belowLabel: string;
  readonly pass: string;
  readonly fail: string;
  readonly areaLabel: string;
}

/**
 * The rules of seed 002 (郑州市“星级”社区, 2012), offered as the starting point
 * the user edits in the sheet: all aspects → 市级; 10 or more with the mandatory
 * aspects and 1000 ㎡ → 区级; 500 ㎡ and 10 or more → 办事处级.
 */
export const DEFAULT_STAR_RULES: Pick<StarModel, 'levels' | 'belowLabel' | 'pass' | 'fail' | 'areaLabel'> = {
  levels: [
    { label: '市级星级社区', minPassed: 'all', mandatoryRequired: true, minArea: 0 },
    { label: '区级星级社区', minPassed: 10, mandatoryRequired: true, minArea: 1000 },
    { label: '办事处级星级社区', minPassed: 10, mandatoryRequired: false, minArea: 500 },
  ],
  belowLabel: '未达标',
  pass: '是',
  fail: '否',
  areaLabel: '综合用房面积（㎡）',
};

/** `（一）文明社区标准` → `文明社区`. */
function aspectName(text: string): string {
  return text.replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.、]|[一二三四五六七八九十]+、)\s*/, '').replace(/标准$/, '').trim();
}

const core = (s: string) => s.replace(/[（(][^）)]*[）)]/g, '').replace(/社区|标准|建设|星级|\s/g, '');
const bigrams = (s: string) => new Set([...s].slice(0, -1).map((ch, i) => ch + s[i + 1]));

/**
 * The aspect a phrase from the notice means: `社区服务` → `社区服务业先进社区`,
 * `社区物业管理` → the aspect whose standard requires it (`卫生社区`),
 * `社区综合办公用房建设（1000 平方米）` → `综合用房达标社区` (closest wording).
 */
export function matchAspect(phrase: string, aspects: readonly string[], criteria: readonly string[] = []): string | undefined {
  const want = core(phrase);
  if (want === '') return undefined;
  const byName = aspects.find((a) => core(a) === want) ?? aspects.find((a) => core(a) !== '' && (core(a).includes(want) || want.includes(core(a))));
  if (byName) return byName;
  const byCriterion = aspects.find((_, i) => (criteria[i] ?? '').replace(/\s/g, '').includes(want));
  if (byCriterion) return byCriterion;
  const scores = aspects.map((a) => [...bigrams(want)].filter((b) => bigrams(core(a)).has(b)).length);
  const best = Math.max(0, ...scores);
  return best >= 2 && scores.filter((s) => s === best).length === 1 ? aspects[scores.indexOf(best)] : undefined;
}

/**
 * A star model from a recognised star-standard table (星级创建标准): the aspects
 * from the 星级项目 column, the mandatory ones matched from the notice's words,
 * and the level rules (default: seed 002's).
 */
export function starModelFromTable(
  table: RecognizedTable, grid: Grid,
  options: { readonly mandatory?: readonly string[]; readonly rules?: Partial<typeof DEFAULT_STAR_RULES> } = {},
): StarModel {
  if (table.kind !== 'star-standard') throw new Error(`starModelFromTable: expected a star-standard table, got ${table.kind}`);
  const aspectCol = columnOf(table, 'aspect');
  if (aspectCol === undefined) throw new Error('starModelFromTable: the table has no aspect (星级项目) column');
  const criterionCol = columnOf(table, 'criterion');
  const rows = table.dataRows.filter((row) => normalizeText(cellAt(grid, row, aspectCol)) !== '');
  const aspects = rows.map((row) => aspectName(normalizeText(cellAt(grid, row, aspectCol))));
  const criteria = rows.map((row) => (criterionCol === undefined ? '' : normalizeText(cellAt(grid, row, criterionCol))));
  const mandatory = (options.mandatory ?? []).map((phrase) => {
    const found = matchAspect(phrase, aspects, criteria);
    if (found === undefined) throw new Error(`starModelFromTable: no aspect matches "${phrase}"`);
    return found;
  });
  return { ...DEFAULT_STAR_RULES, ...options.rules, aspects, mandatory: [...new Set(mandatory)] };
}
