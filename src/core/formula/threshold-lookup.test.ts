import fc from 'fast-check';
import { buildEngine, evaluateFormula, plain } from './_test/hyperformula';
import { columnRange, cellRef } from './references';
import { countAtLeast, countBelow, shareAtLeast, thresholdLookup, thresholdOf } from './threshold-lookup';

// Settings and scores live on a sheet whose name needs quoting; formulas on another one.
const DATA = '附件1 (2)';
const FORMULAS = "O'Brien";
const at = (row: number, col: number) => cellRef(row, col, { sheet: DATA, anchor: 'absolute' });
const table = {
  below: at(0, 0),
  labels: columnRange(0, 1, 3, { sheet: DATA, anchor: 'absolute' }),
  thresholds: columnRange(1, 1, 3, { sheet: DATA, anchor: 'absolute' }),
};
const settings = [
  ['未达标', null],
  ['三星级', 80],
  ['四星级', 90],
  ['五星级', 95],
];

describe('thresholdLookup', () => {
  it('writes an INDEX/MATCH lookup against the settings cells', () => {
    expect(thresholdLookup('T5', { thresholds: '$Y$5:$Y$7', labels: '$X$5:$X$7', below: '$X$4' })).toMatchInlineSnapshot(
      `"IF(T5<INDEX($Y$5:$Y$7,1),$X$4,INDEX($X$5:$X$7,MATCH(T5,$Y$5:$Y$7,1)))"`,
    );
    expect(thresholdLookup(at(0, 2), table)).toMatchInlineSnapshot(
      `"IF('附件1 (2)'!$C$1<INDEX('附件1 (2)'!$B$2:$B$4,1),'附件1 (2)'!$A$1,INDEX('附件1 (2)'!$A$2:$A$4,MATCH('附件1 (2)'!$C$1,'附件1 (2)'!$B$2:$B$4,1)))"`,
    );
  });

  // 以上 includes the number itself (民法典 第1259条): 80 is 三星级, 79.5 is not.
  it.each([
    [0, '未达标'],
    [79.5, '未达标'],
    [80, '三星级'],
    [89.99, '三星级'],
    [90, '四星级'],
    [94.5, '四星级'],
    [95, '五星级'],
    [100, '五星级'],
  ])('score %d → %s (evaluated by HyperFormula)', (score, level) => {
    const sheets = { [DATA]: settings.map((row, i) => (i === 0 ? [...row, score] : row)) };
    expect(evaluateFormula(sheets, FORMULAS, thresholdLookup(at(0, 2), table))).toBe(level);
  });

  it('finds the threshold of a named level and counts against it', () => {
    const sheets = { [DATA]: settings.map((row, i) => [...row, [85, 90, 70, 95][i]]) };
    const scores = columnRange(2, 0, 3, { sheet: DATA });
    expect(evaluateFormula(sheets, FORMULAS, thresholdOf(at(2, 0), table))).toBe(90);
    expect(evaluateFormula(sheets, FORMULAS, countAtLeast(scores, thresholdOf(at(1, 0), table)))).toBe(3);
    expect(evaluateFormula(sheets, FORMULAS, countBelow(scores, at(1, 1)))).toBe(1);
    expect(evaluateFormula(sheets, FORMULAS, shareAtLeast(scores, at(2, 1)))).toBe(0.5);
  });

  it('agrees with a TypeScript lookup for random thresholds and scores (property, HyperFormula)', () => {
    const engine = buildEngine({ [DATA]: settings.map((row) => [...row, null]), [FORMULAS]: [[`=${thresholdLookup(at(0, 2), table)}`]] });
    const dataId = engine.getSheetId(DATA)!;
    const formulaId = engine.getSheetId(FORMULAS)!;
    const halves = fc.integer({ min: 0, max: 200 }).map((n) => n / 2);
    fc.assert(
      fc.property(fc.uniqueArray(halves, { minLength: 3, maxLength: 3 }), halves, (raw, score) => {
        const thresholds = [...raw].sort((a, b) => a - b);
        engine.batch(() => {
          thresholds.forEach((t, i) => engine.setCellContents({ sheet: dataId, row: i + 1, col: 1 }, t));
          engine.setCellContents({ sheet: dataId, row: 0, col: 2 }, score);
        });
        const reached = thresholds.filter((t) => score >= t).length;
        const expected = reached === 0 ? '未达标' : settings[reached][0];
        expect(plain(engine.getCellValue({ sheet: formulaId, row: 0, col: 0 }))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
    engine.destroy();
  });
});
