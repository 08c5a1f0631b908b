import type { Settings } from '../settings';
import { checkPhases } from './checkPhases';
import type { Phase } from './findPhases';

const seed000: Settings = { period: { start: '2020-05-01', end: '2020-12-31' }, issued: '2020-05-27' };
const plan = (...texts: string[]): Phase[] => texts.map((text, i) => ({ name: `阶段${i + 1}`, text, number: i + 1, sheet: '通知', cell: `A${i + 1}` }));
const brief = (phases: Phase[], settings: Settings = seed000) =>
  checkPhases(phases, settings, 2020).map((f) => `${f.cell} ${f.code}${f.params?.days === undefined ? '' : ` ${f.params.days}`}`);

describe('checkPhases', () => {
  it.each([
    ['seed 000 实施步骤', ['6月5日前', '6月6日至9月30日', '10月至12月上旬', '12月中下旬'], []],
    ['a gap of two days', ['6月5日前', '6月8日至9月30日'], ['A2 PHASE_GAP 2']],
    ['an overlap of eleven days', ['6月6日至9月30日', '9月20日至12月上旬'], ['A2 PHASE_OVERLAP 11']],
    ['an overlap of one day', ['6月6日至9月30日', '9月30日至12月上旬'], ['A2 PHASE_OVERLAP 1']],
    ['a by-phase after a phase', ['6月6日至9月30日', '10月底前'], []],
    ['a by-phase ending inside the previous one', ['6月6日至9月30日', '9月18日前'], ['A2 PHASE_OVERLAP 13']],
    ['a gap after 上旬', ['10月至12月上旬', '12月下旬'], ['A2 PHASE_GAP 10']],
    ['an unplaced phase breaks the chain', ['6月5日前', '长期', '10月至12月上旬'], []],
    ['a phase that is no day', ['6月5日前', '6月6日至6月31日', '7月'], ['A2 DATE_NONEXISTENT 30']],
    ['a reversed phase', ['6月5日前', '9月30日至6月6日', '10月'], ['A2 DATE_RANGE_REVERSED']],
    ['a phase outside the period', ['4月下旬前', '5月至12月'], ['A1 DATE_OUTSIDE_PERIOD', 'A1 DATE_BEFORE_ISSUE']],
  ])('%s', (_, texts, expected) => expect(brief(plan(...texts))).toEqual(expected));

  it('checks seed 003 工作安排 (2020, no period)', () => {
    expect(brief(plan('4月下旬—5月上旬', '5月中旬—6月下旬'), {})).toEqual([]);
  });

  it('starts a new plan when the numbering starts again', () => {
    const phases = [...plan('6月5日前', '6月6日至9月30日'), ...plan('3月', '4月')];
    expect(brief(phases, {})).toEqual([]);
  });

  it('compares only the end of a first by-phase, with or without a period', () => {
    expect(brief(plan('6月5日前', '6月6日至9月30日'), {})).toEqual([]);
  });

  it('stays silent without a year', () => {
    expect(checkPhases(plan('6月5日前', '6月8日至9月30日'), {})).toEqual([]);
  });

  it('reports with the phases\' names', () => {
    const phases: Phase[] = [
      { name: '对接启动阶段', text: '6月5日前', sheet: '通知', cell: 'A28' },
      { name: '组织实施阶段', text: '6月8日至9月30日', sheet: '通知', cell: 'A30' },
      { name: '巩固提升阶段', text: '9月20日至12月上旬', sheet: '通知', cell: 'A32' },
    ];
    expect(checkPhases(phases, seed000, 2020)).toMatchInlineSnapshot(`
[
  {
    "cell": "A30",
    "code": "PHASE_GAP",
    "message": "阶段“对接启动阶段”结束于 2020年6月5日，下一阶段“组织实施阶段”开始于 2020年6月8日，中间有 2 天空档",
    "params": {
      "days": 2,
      "end": "2020年6月5日",
      "nextPhase": "组织实施阶段",
      "nextStart": "2020年6月8日",
      "phase": "对接启动阶段",
    },
    "severity": "warning",
    "sheet": "通知",
    "suggestion": "请确认阶段时间是否衔接",
  },
  {
    "cell": "A32",
    "code": "PHASE_OVERLAP",
    "message": "阶段“组织实施阶段”（至 2020年9月30日）与下一阶段“巩固提升阶段”（自 2020年9月20日）重叠 11 天",
    "params": {
      "days": 11,
      "end": "2020年9月30日",
      "nextPhase": "巩固提升阶段",
      "nextStart": "2020年9月20日",
      "phase": "组织实施阶段",
    },
    "severity": "warning",
    "sheet": "通知",
    "suggestion": "请确认阶段时间是否衔接",
  },
]
`);
  });
});
