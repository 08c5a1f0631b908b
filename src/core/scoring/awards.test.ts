import fc from 'fast-check';
import { buildAwardsSheet, type AwardsSheetLayout } from './awards';
import { awardRulesFrom, parseAwardRules, type AwardRules } from './awardRules';
import { planCells, planToHyperFormula } from './_test/planToHyperFormula';
import { SEED_003_RULES_TEXT } from './_test/seedTables';

const rules = awardRulesFrom(SEED_003_RULES_TEXT);
const SHEET = '2024年 奖惩';
const VILLAGES = ['梅湖村', '石湖村', '红星村', '古城村', '开元社区', '西苑社区', '民园村', '渡口社区', '天马村', '辉埠村'];
type Months = readonly (number | null)[];

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const meanOrBlank = (xs: Months) => {
  const n = xs.filter((x): x is number => x !== null);
  return n.length === 0 ? '' : round2(mean(n));
};
const under = (x: number, line: { value: number; inclusive: boolean }) => (line.inclusive ? x <= line.value : x < line.value);

/** Test-only: the awards sheet's results in plain TypeScript. */
function expectedAwards(r: AwardRules, rows: readonly Months[]) {
  const quarters = [0, 1, 2, 3].map((q) => rows.map((m) => meanOrBlank(m.slice(q * 3, q * 3 + 3))));
  const years = rows.map(meanOrBlank);
  const numbers = years.filter((y): y is number => y !== '');
  return rows.map((months, i) => {
    const year = years[i];
    const place = year !== '' && year >= r.awardLine.value ? numbers.filter((n) => n > year).length + 1 : '';
    let start = 1;
    const tier = place === '' ? undefined : r.tiers.find((t) => {
      const inTier = place >= start && place < start + t.count;
      start += t.count;
      return inTier;
    });
    const flagged = months.map((m, k) => (m !== null && under(m, r.interviewLine) ? r.periods[k] : null)).filter((p) => p !== null);
    return {
      quarters: quarters.map((q) => q[i]),
      penalties: quarters.map((q) => {
        const avgs = q.filter((a): a is number => a !== '');
        const a = q[i];
        return a !== '' && a === Math.min(...avgs) && under(a, r.penaltyLine) ? r.penaltyAmount : '';
      }),
      year,
      rank: year === '' ? '' : new Set(numbers.filter((n) => n > year)).size + 1,
      place,
      prize: tier?.label ?? '',
      amount: tier?.amount ?? '',
      interviews: flagged.length,
      interviewMonths: flagged.join(' '),
      warning: year !== '' && under(year, r.warningLine) ? '通报批评' : '',
    };
  });
}

function actualAwards(engine: ReturnType<typeof planToHyperFormula>, layout: AwardsSheetLayout, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const row = layout.firstRow + i;
    const v = (col: string) => engine.value(SHEET, `${col}${row}`);
    return {
      quarters: layout.quarters.map((q) => v(q.average)),
      penalties: layout.quarters.map((q) => v(q.penalty)),
      year: v(layout.yearAverage), rank: v(layout.rank), place: v(layout.awardRank), prize: v(layout.prize), amount: v(layout.amount),
      interviews: v(layout.interviews), interviewMonths: v(layout.interviewMonths), warning: v(layout.warning),
    };
  });
}

const monthCells = (layout: AwardsSheetLayout, rows: readonly Months[]) =>
  Object.fromEntries(rows.flatMap((months, i) => layout.months.map((m, k) => [`${m.column}${layout.firstRow + i}`, months[k] ?? null])));

describe('parseAwardRules (seed 003 篇3)', () => {
  it('reads the line, tiers, fine and interview rules; 以上/以下 include the number', () => {
    expect(parseAwardRules(SEED_003_RULES_TEXT)).toEqual({
      awardLine: { value: 85, inclusive: true },
      tiers: [{ label: '一等奖', count: 1, amount: 1500 }, { label: '二等奖', count: 2, amount: 1200 }, { label: '三等奖', count: 3, amount: 800 }],
      penaltyLine: { value: 83, inclusive: true },
      penaltyAmount: 2000,
      interviewLine: { value: 83, inclusive: true },
      warningLine: { value: 83, inclusive: true },
    });
  });

  it('leaves the number out for 低于 and says what is missing', () => {
    expect(parseAwardRules('对于月考核得分低于83分的单位进行约谈').interviewLine).toEqual({ value: 83, inclusive: false });
    expect(parseAwardRules('各村每月考核一次')).toEqual({});
    expect(() => awardRulesFrom('一等奖1名，奖励1500元')).toThrow('awardRulesFrom: the text does not state awardLine, penaltyLine, penaltyAmount, interviewLine, warningLine');
  });
});

describe('buildAwardsSheet', () => {
  const { plan, layout } = buildAwardsSheet(rules, { sheet: SHEET, entities: VILLAGES, entityHeader: '村（社区）' });
  const full = (score: number): Months => Array(12).fill(score);
  const rows: Months[] = [
    full(95), // 一等奖
    full(92), // tie for 二等奖
    full(92),
    [...full(90).slice(0, 11), 89], // 89.92 → 三等奖
    full(88),
    full(86),
    full(85), // exactly on the line, but no prize places left
    [83, 90, 90, 82, 84, 84, 90, 90, 90, 90, 90, 90], // 83 and 82 are interviews (以下 includes 83)
    [80, 80, 80, 90, 90, 90, 70, null, null, null, null, null], // last in Q1 (80) and Q3 (70, July only): fined
    Array(12).fill(null), // not scored
  ];

  it('writes formulas that read the line, tier and amount cells', () => {
    const cell = planCells(plan, layout.sheet);
    const at = (column: string) => (cell(`${column}4`) as { formula: string }).formula;
    expect([layout.quarters[0].average, layout.quarters[0].penalty, layout.yearAverage, layout.awardRank, layout.prize, layout.amount, layout.interviews, layout.warning].map(at)).toMatchInlineSnapshot(`
[
  "IF(COUNT(C4:E4)=0,"",ROUND(AVERAGE(C4:E4),2))",
  "IF(AND(ISNUMBER(O4),O4=MIN($O$4:$O$13),O4<=$AG$7),$AG$8,"")",
  "IF(COUNT(C4:N4)=0,"",ROUND(AVERAGE(C4:N4),2))",
  "IF(AND(ISNUMBER(W4),W4>=$AG$6),COUNTIF($W$4:$W$13,">"&W4)+1,"")",
  "IF(OR(Y4="",Y4>SUM($AG$14:$AG$16)),"",INDEX($AF$14:$AF$16,MATCH(Y4,$AI$14:$AI$16,1)))",
  "IF(Z4="","",INDEX($AH$14:$AH$16,MATCH(Z4,$AF$14:$AF$16,0)))",
  "COUNTIF(C4:N4,"<="&$AG$9)",
  "IF(AND(ISNUMBER(W4),W4<=$AG$10),"通报批评","")",
]
`);
  });

  it('computes averages, ranks, prizes, fines and interviews like the TypeScript rules', () => {
    const engine = planToHyperFormula(plan);
    engine.set(SHEET, monthCells(layout, rows));
    const expected = expectedAwards(rules, rows);
    expect(actualAwards(engine, layout, rows.length)).toEqual(expected);
    expect(expected.map((e) => `${e.year}|${e.rank}|${e.prize}|${e.amount}|${e.penalties.join(',')}|${e.interviewMonths}|${e.warning}`)).toEqual([
      '95|1|一等奖|1500|,,,||',
      '92|2|二等奖|1200|,,,||',
      '92|2|二等奖|1200|,,,||',
      '89.92|3|三等奖|800|,,,||',
      '88|4|三等奖|800|,,,||',
      '86|6|||,,,||', // 7th at or above the line: the six places are gone
      '85|7|||,,,||',
      '87.75|5|三等奖|800|,,,|1月 4月|',
      '82.86|8|||2000,,2000,|1月 2月 3月 7月|通报批评',
      '||||,,,||',
    ]);
    expect(engine.value(SHEET, layout.summary.totalAmount)).toBe(1500 + 1200 * 2 + 800 * 3);
    expect(layout.summary.interviewsPerMonth.slice(0, 4).map((cell) => engine.value(SHEET, cell))).toEqual([2, 1, 1, 1]);
  });

  it('follows the line and tier cells without touching a formula', () => {
    const engine = planToHyperFormula(plan);
    engine.set(SHEET, monthCells(layout, rows));
    const id = engine.engine.getSheetId(SHEET)!;
    const before = engine.engine.getSheetFormulas(id);
    const bare = (ref: string) => ref.replace(/\$/g, '');
    engine.set(SHEET, { [bare(layout.settings.awardLine)]: 90, [bare(layout.settings.tiers[2].amount)]: 1000 });
    expect(engine.engine.getSheetFormulas(id)).toEqual(before);
    const changed = { ...rules, awardLine: { value: 90, inclusive: true }, tiers: rules.tiers.map((t, i) => (i === 2 ? { ...t, amount: 1000 } : t)) };
    expect(actualAwards(engine, layout, rows.length)).toEqual(expectedAwards(changed, rows));
  });

  it('agrees with TypeScript on random monthly scores (property, HyperFormula)', () => {
    const engine = planToHyperFormula(plan);
    const score = fc.option(fc.integer({ min: 150, max: 200 }).map((n) => n / 2), { nil: null, freq: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(score, { minLength: 12, maxLength: 12 }), { minLength: VILLAGES.length, maxLength: VILLAGES.length }), (generated) => {
        engine.set(SHEET, monthCells(layout, generated));
        expect(actualAwards(engine, layout, generated.length)).toEqual(expectedAwards(rules, generated));
      }),
      { numRuns: 1000 },
    );
  });
});
