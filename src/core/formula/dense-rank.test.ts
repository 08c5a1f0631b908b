import fc from 'fast-check';
import { buildEngine, evaluateFormula, plain } from './_test/hyperformula';
import { cellRef, columnRange } from './references';
import { competitionRank, denseRank, denseRankIgnoringText } from './dense-rank';

const DATA = '附件1 (2)';
const FORMULAS = "O'Brien";

/** 中国式排名 in TypeScript: one plus the number of distinct higher values. */
function expectedDenseRank(values: readonly (number | null)[], value: number): number {
  return new Set(values.filter((v): v is number => v !== null && v > value)).size + 1;
}

describe('denseRank', () => {
  it('writes the SUMPRODUCT/COUNTIF idiom', () => {
    expect(denseRank('T5', '$T$5:$T$50')).toMatchInlineSnapshot(`"SUMPRODUCT(($T$5:$T$50>T5)/COUNTIF($T$5:$T$50,$T$5:$T$50))+1"`);
    expect(denseRankIgnoringText('T5', '$T$5:$T$50')).toMatchInlineSnapshot(
      `"SUMPRODUCT(ISNUMBER($T$5:$T$50)*($T$5:$T$50>T5)/(COUNTIF($T$5:$T$50,$T$5:$T$50&"")+(1-ISNUMBER($T$5:$T$50))))+1"`,
    );
    expect(competitionRank('P5', '$P$5:$P$50')).toMatchInlineSnapshot(`"COUNTIF($P$5:$P$50,">"&P5)+1"`);
  });

  it.each([
    // ties share a place and the next place is not skipped
    [[90, 85, 85, 80], [1, 2, 2, 3]],
    [[80.5, 80.5, 80.5], [1, 1, 1]],
    [[60, 100, 99.5, 100], [3, 1, 2, 1]],
  ])('%j → %j (evaluated by HyperFormula)', (scores, ranks) => {
    const sheets = { [DATA]: scores.map((s) => [s]) };
    const range = columnRange(0, 0, scores.length - 1, { sheet: DATA, anchor: 'absolute' });
    scores.forEach((_, i) => {
      expect(evaluateFormula(sheets, FORMULAS, denseRank(cellRef(i, 0, { sheet: DATA }), range))).toBe(ranks[i]);
      expect(evaluateFormula(sheets, FORMULAS, denseRankIgnoringText(cellRef(i, 0, { sheet: DATA }), range))).toBe(ranks[i]);
    });
  });

  it('competition rank skips places after a tie', () => {
    const sheets = { [DATA]: [[90], [85], [85], [80]] };
    const range = columnRange(0, 0, 3, { sheet: DATA, anchor: 'absolute' });
    expect([0, 1, 2, 3].map((i) => evaluateFormula(sheets, FORMULAS, competitionRank(cellRef(i, 0, { sheet: DATA }), range)))).toEqual([1, 2, 2, 4]);
  });

  const SIZE = 8;
  const score = fc.integer({ min: 0, max: 40 }).map((n) => 80 + n / 4); // quarter points, many ties

  function rankEngine(rank: (value: string, range: string) => string) {
    const range = columnRange(0, 0, SIZE - 1, { sheet: DATA, anchor: 'absolute' });
    const formulas = Array.from({ length: SIZE }, (_, i) => [`=${rank(cellRef(i, 0, { sheet: DATA }), range)}`]);
    const engine = buildEngine({ [DATA]: Array.from({ length: SIZE }, () => [null]), [FORMULAS]: formulas });
    return { engine, dataId: engine.getSheetId(DATA)!, formulaId: engine.getSheetId(FORMULAS)! };
  }

  it('equals the TypeScript rank for random score vectors (property, HyperFormula)', () => {
    const { engine, dataId, formulaId } = rankEngine(denseRank);
    fc.assert(
      fc.property(fc.array(score, { minLength: SIZE, maxLength: SIZE }), (scores) => {
        engine.batch(() => scores.forEach((s, row) => engine.setCellContents({ sheet: dataId, row, col: 0 }, s)));
        scores.forEach((s, row) => expect(plain(engine.getCellValue({ sheet: formulaId, row, col: 0 }))).toBe(expectedDenseRank(scores, s)));
      }),
      { numRuns: 1000 },
    );
    engine.destroy();
  });

  it('ignores blanks and "" when some rows are not scored yet (property, HyperFormula)', () => {
    const { engine, dataId, formulaId } = rankEngine(denseRankIgnoringText);
    const cell = fc.oneof({ weight: 3, arbitrary: score }, { weight: 1, arbitrary: fc.constantFrom<number | null | string>(null, '=""') });
    fc.assert(
      fc.property(fc.array(cell, { minLength: SIZE, maxLength: SIZE }), (cells) => {
        engine.batch(() => cells.forEach((c, row) => engine.setCellContents({ sheet: dataId, row, col: 0 }, c)));
        const numbers = cells.map((c) => (typeof c === 'number' ? c : null));
        numbers.forEach((n, row) => {
          if (n !== null) expect(plain(engine.getCellValue({ sheet: formulaId, row, col: 0 }))).toBe(expectedDenseRank(numbers, n));
        });
      }),
      { numRuns: 1000 },
    );
    engine.destroy();
  });
});
