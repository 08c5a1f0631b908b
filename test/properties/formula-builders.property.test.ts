import fc from 'fast-check';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { competitionRank, denseRank, denseRankIgnoringText } from '../../src/core/formula/dense-rank';
import { cellRef, columnRange } from '../../src/core/formula/references';
import { countAtLeast, countBelow, shareAtLeast, thresholdLookup, thresholdOf } from '../../src/core/formula/threshold-lookup';

/**
 * Every formula builder of src/core/formula, evaluated by a real engine over
 * 10,000 generated inputs each, against an independent TypeScript computation
 * (the builders' own tests run 1,000). One engine per builder: the data sheet is
 * rewritten per run and the formula computed with `calculateFormula`, so
 * 10,000 runs take about a second. The data sheet's name needs quoting.
 */
const DATA = "附件1 (O'Brien)";
const RUNS = 10_000;
/** Scores in half points with many ties, as inspectors give them. */
const score = fc.integer({ min: 0, max: 40 }).map((n) => 60 + n / 2);

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** An engine with the data sheet and a formula sheet; `run` writes the data and computes a formula. */
function harness() {
  const engine = HyperFormula.buildFromSheets({ [DATA]: [[null]], 公式: [[null]] }, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
  const data = engine.getSheetId(DATA)!;
  const formulas = engine.getSheetId('公式')!;
  return {
    run(rows: RawCellContent[][], formula: string): unknown {
      engine.setSheetContent(data, rows);
      const value = engine.calculateFormula(`=${formula}`, formulas);
      return value !== null && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
    },
    destroy: () => engine.destroy(),
  };
}

const column = (length: number) => columnRange(0, 0, length - 1, { sheet: DATA, anchor: 'absolute' });
const at = (row: number, col = 0) => cellRef(row, col, { sheet: DATA });

describe('rank builders (10,000 runs each, HyperFormula)', () => {
  const scores = fc.array(score, { minLength: 1, maxLength: 15 });

  test('denseRank is 中国式排名: one plus the distinct scores above', () => {
    const h = harness();
    fc.assert(fc.property(scores, fc.nat(), (list, pick) => {
      const i = pick % list.length;
      const expected = new Set(list.filter((s) => s > list[i])).size + 1;
      const got = h.run(list.map((s) => [s]), denseRank(at(i), column(list.length)));
      check(got === expected, `${list} #${i}: ${JSON.stringify(got)} ≠ ${expected}`);
    }), { numRuns: RUNS });
    h.destroy();
  });

  test('denseRankIgnoringText ranks the numbers and leaves blanks and text out', () => {
    const h = harness();
    const entry = fc.oneof({ weight: 4, arbitrary: score }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('', '缺考', '未评') });
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 15 }), fc.nat(), (list, pick) => {
      const numbers = list.map((v, i) => [v, i] as const).filter((p): p is readonly [number, number] => typeof p[0] === 'number');
      if (numbers.length === 0) return;
      const [value, i] = numbers[pick % numbers.length];
      const expected = new Set(numbers.map(([v]) => v).filter((v) => v > value)).size + 1;
      const got = h.run(list.map((v) => [v]), denseRankIgnoringText(at(i), column(list.length)));
      check(got === expected, `${JSON.stringify(list)} #${i}: ${JSON.stringify(got)} ≠ ${expected}`);
    }), { numRuns: RUNS });
    h.destroy();
  });

  test('competitionRank is one plus the scores strictly above (1, 2, 2, 4)', () => {
    const h = harness();
    fc.assert(fc.property(scores, fc.nat(), (list, pick) => {
      const i = pick % list.length;
      const expected = list.filter((s) => s > list[i]).length + 1;
      const got = h.run(list.map((s) => [s]), competitionRank(at(i), column(list.length)));
      check(got === expected, `${list} #${i}: ${JSON.stringify(got)} ≠ ${expected}`);
    }), { numRuns: RUNS });
    h.destroy();
  });
});

describe('threshold builders (10,000 runs each, HyperFormula)', () => {
  /** Ascending distinct thresholds with their labels, the label below them, and a score: the settings block of a score sheet. */
  const setup = fc.record({
    thresholds: fc.uniqueArray(score, { minLength: 1, maxLength: 5 }).map((t) => [...t].sort((a, b) => a - b)),
    value: fc.oneof(score, fc.constantFrom(0, 59.5, 100)),
    scores: fc.array(score, { minLength: 1, maxLength: 12 }),
  });
  /** Rows: A = label (A1 the label below all), B = threshold, C = the score, D = the scores column. */
  const layout = (thresholds: number[], value: number, scores: number[]): RawCellContent[][] => {
    const height = Math.max(thresholds.length + 1, scores.length);
    return Array.from({ length: height }, (_, r) => [
      r === 0 ? '未达标' : r <= thresholds.length ? `${r}星级` : null,
      r >= 1 && r <= thresholds.length ? thresholds[r - 1] : null,
      r === 0 ? value : null,
      scores[r] ?? null,
    ]);
  };
  const table = (n: number) => ({
    below: cellRef(0, 0, { sheet: DATA, anchor: 'absolute' }),
    labels: columnRange(0, 1, n, { sheet: DATA, anchor: 'absolute' }),
    thresholds: columnRange(1, 1, n, { sheet: DATA, anchor: 'absolute' }),
  });
  const scoresRange = (n: number) => columnRange(3, 0, n - 1, { sheet: DATA, anchor: 'absolute' });

  test('thresholdLookup gives the highest level reached, 以上 inclusive, else the label below', () => {
    const h = harness();
    fc.assert(fc.property(setup, ({ thresholds, value, scores }) => {
      const reached = thresholds.filter((t) => value >= t).length;
      const expected = reached === 0 ? '未达标' : `${reached}星级`;
      const got = h.run(layout(thresholds, value, scores), thresholdLookup(at(0, 2), table(thresholds.length)));
      check(got === expected, `${thresholds} / ${value}: ${JSON.stringify(got)} ≠ ${expected}`);
    }), { numRuns: RUNS });
    h.destroy();
  });

  test('thresholdOf finds the threshold of a named level', () => {
    const h = harness();
    fc.assert(fc.property(setup, fc.nat(), ({ thresholds, value, scores }, pick) => {
      const level = pick % thresholds.length;
      const got = h.run(layout(thresholds, value, scores), thresholdOf(`"${level + 1}星级"`, table(thresholds.length)));
      check(got === thresholds[level], `${thresholds} level ${level + 1}: ${JSON.stringify(got)}`);
    }), { numRuns: RUNS });
    h.destroy();
  });

  test('countAtLeast, countBelow and shareAtLeast count like the TypeScript', () => {
    // The three formulas sit in cells over a fixed 12-row range (blank rows are not counted,
    // but ROWS counts them), so each run only rewrites the data and reads three results.
    const ROWS = 12;
    const range = scoresRange(ROWS);
    const line = at(0, 2);
    const engine = HyperFormula.buildFromSheets({
      [DATA]: [[null]],
      公式: [[`=${countAtLeast(range, line)}`, `=${countBelow(range, line)}`, `=${shareAtLeast(range, line)}`]],
    }, { licenseKey: 'gpl-v3' });
    const data = engine.getSheetId(DATA)!;
    const formulas = engine.getSheetId('公式')!;
    const read = (col: number) => engine.getCellValue({ sheet: formulas, row: 0, col });
    fc.assert(fc.property(setup, ({ thresholds, value, scores }) => {
      engine.setSheetContent(data, layout(thresholds, value, scores));
      const atLeast = scores.filter((s) => s >= value).length;
      check(read(0) === atLeast, `countAtLeast ${scores} ${value}: ${JSON.stringify(read(0))}`);
      check(read(1) === scores.filter((s) => s < value).length, `countBelow ${scores} ${value}: ${JSON.stringify(read(1))}`);
      // HyperFormula rounds results to 10 significant digits (its precisionRounding); Excel keeps 15.
      check(Math.abs((read(2) as number) - atLeast / ROWS) < 1e-9, `shareAtLeast ${scores} ${value}: ${JSON.stringify(read(2))}`);
    }), { numRuns: RUNS });
    engine.destroy();
  });
});
