import fc from 'fast-check';
import { bonusCapInText, bonusIncrements, isBonusText } from './parseBonus';
import { itemParts, scoringText } from './itemParts';
import { levelsInText } from './parseLevels';
import { optionsInText } from './parseOptions';
import { addPoints, fullScoreInText, pointsCell, pointsInText, statedTotal } from './parsePoints';
import { joinVertical, numberAndName } from './rubricCells';
import { ROW_VOCABULARY } from '../rubricVocabulary';
import { compactText, normalizeText } from './normalizeText';

const SEED_001_ITEM_8 =
  '①查看单位组织参加文明交通劝导、主次干道责任分包等志愿服务活动，“按规定组织”得5分，“未按规定组织”得3分，“不作为”得2分，“未组织”或被举报不得分。' +
  ' ②根据《测评体系》《晋城市2023年“学习雷锋精神 弘扬时代新风”学雷锋志愿服务系列活动方案》（晋市文明办〔2023〕11号）要求，查看单位是否组织开展文明旅游、文化文艺、助学支教等志愿服务活动，' +
  '“按规定组织三项以上”得3分，“开展两项活动”得2分，“开展一项活动”得1分，“未组织”不得分。 ③登录“志愿晋城”APP，查看发布志愿服务项目两次以上（2分），有服务时长（2分）。' +
  ' 注：①文明交通志愿岗需有单位班子成员带队，签到时要注明职务；②党员干部带头做好表率。';

describe('normalizeText', () => {
  it.each([
    [null, ''],
    [12, '12'],
    ['（５分）\u3000实地察看', '（5分） 实地察看'],
    ['Ａ级．\u00A0\u200B', 'A级.'],
    ['测  评\n标  准', '测 评 标 准'],
    [{ error: '#REF!' }, ''],
  ])('%j → %j', (value, expected) => {
    expect(normalizeText(value)).toBe(expected);
  });

  it('compacts words spread out for alignment', () => {
    expect(compactText('测  评  标  准')).toBe('测评标准');
  });
});

describe('points', () => {
  it.each([
    ['1.路面硬化、环境美化、绿化，路面无积水、污水现象。（5分）', [5]],
    ['①…常态化组织志愿服务（1分）；…（5分） ②…（2分）', [1, 5, 2]],
    ['①…（0.3分） ②…(0.3分) ③…（ 0.4 分）', [0.3, 0.3, 0.4]],
    ['彩铃0.5分；每项加1分', []],
  ])('%s → %j', (text, points) => {
    expect(pointsInText(text)).toEqual(points);
  });

  it('adds without binary noise', () => {
    expect(addPoints([0.3, 0.3, 0.4])).toBe(1);
    expect(addPoints([0.1, 0.2])).toBe(0.3);
  });

  it.each([
    [5, 5],
    ['5', 5],
    ['0.5 分', 0.5],
    ['５分', 5],
    ['', undefined],
    ['五分', undefined],
    [null, undefined],
  ])('分值 cell %j → %j', (value, points) => {
    expect(pointsCell(value)).toBe(points);
  });

  it('reads a declared full score', () => {
    expect(fullScoreInText('查阅相关见证资料，…打分，满分46分')).toBe(46);
    expect(fullScoreInText('此项属加分项')).toBeUndefined();
  });

  it.each([
    ['其中环境类60分，秩序类40分，共100分。', 100],
    ['本表满分为120分', 120],
    ['（总分50分）', 50],
    ['总分80分以上为三星级', undefined],
    ['合计得分85分（含）以上的评为先进', undefined],
    ['共计不少于10次', undefined],
  ])('full score in %s → %j', (text, value) => {
    expect(fullScoreInText(text)).toBe(value);
  });

  it.each([
    // Points closing a clause, without brackets.
    ['1、村务公开制度健全，按时公开；3分', [3]],
    ['2、干群关系融洽，群众满意度高。2分', [2]],
    ['1、有年度计划；2分 2、有年度总结。1.5分', [2, 1.5]],
    ['台账齐全（得1分）；有专人管理（得0.5分）', [1, 0.5]],
    ['制度健全（计2分），执行到位（3分）；1分', [2, 3, 1]],
    // Deductions, increments and options are not points of the item.
    ['人员不到位的，各扣1分。', []],
    ['每发现一处乱张贴扣0.5分，扣完为止', []],
    ['获得市级表彰的每项加1分', []],
    ['三项均不符合为0分。', []],
    ['缺少宣讲员扣3分；未培训扣1分', []],
  ])('points in %s → %j', (text, points) => {
    expect(pointsInText(text)).toEqual(points);
  });

  it.each([
    ['一、机制健全15分', '一、机制健全', 15],
    ['I-2社区环境10分', 'I-2社区环境', 10],
    ['二 文化阵地建设 20分', '二 文化阵地建设', 20],
    ['公共秩序（14分）', '公共秩序', 14],
    ['1-2 队伍建设（8 分）', '1-2 队伍建设', 8],
    ['服务群众有实效（总分30分）', '服务群众有实效', 30],
    ['（三） 宣传 教育 深入 人心 25分）', '（三） 宣传 教育 深入 人心', 25],
    ['三、志愿服务情况 满分15分', '三、志愿服务情况', 15],
    ['环境卫生（分）', '环境卫生（分）', undefined],
    ['加分项（每项加1分）', '加分项（每项加1分）', undefined],
    ['村容整洁', '村容整洁', undefined],
  ])('category label %s → %s, %j', (label, name, total) => {
    expect(statedTotal(label)).toEqual(total === undefined ? { name } : { name, total });
  });
});

describe('labels', () => {
  it.each([
    ['1.路面硬化、环境美化，路面无积水（5分）', '1', '路面硬化、环境美化'],
    ['3）配齐设施。配备器材', '3', '配齐设施'],
    ['2 市场环境', '2', '市场环境'],
    ['2有善行义举榜，有诚信榜', undefined, '2有善行义举榜'],
    ['2020 年度工作总结', undefined, '2020 年度工作总结'],
    ['10 分以上', undefined, '10 分以上'],
  ])('%s → number %j, name %s', (text, number, name) => {
    expect(numberAndName(text)).toEqual(number === undefined ? { name } : { number, name });
  });

  it.each([
    ['1、 领 导 有 力', '1、领导有力'],
    ['（五） 文化 活动 丰富', '（五）文化活动丰富'],
    ['二 村镇经济发展壮大', '二 村镇经济发展壮大'],
    ['II-2 落实校长负责 制', 'II-2 落实校长负责 制'],
  ])('joins vertical text %s → %s', (text, joined) => {
    expect(joinVertical(text)).toBe(joined);
  });

  it.each([
    ['一', true], ['二、', true], ['（三）', true], ['Ⅳ', true],
    ['1', false], ['一、组织领导', false], ['', false],
  ])('序号 %j numbers a category: %s', (seq, category) => {
    expect(ROW_VOCABULARY.categoryNumber.test(seq)).toBe(category);
  });
});

describe('bonus', () => {
  const seed000 = '小区获得市级以上荣誉每项加0.5分，获得市厅级以上荣誉每项加1分，加满为止。（3分）';
  it('recognises bonus wording, caps and increments', () => {
    expect(isBonusText(seed000)).toBe(true);
    expect(isBonusText('此项属加分项，满分3分')).toBe(true);
    expect(isBonusText('路面硬化（5分）')).toBe(false);
    expect(bonusCapInText('…统一认定打分（本项原则上记录不超过3项），最多可加3分。')).toBe(3);
    expect(bonusCapInText('加分不超过2分')).toBe(2);
    expect(bonusCapInText(seed000)).toBeUndefined();
    expect(bonusIncrements(seed000)).toEqual([
      { label: '市级以上荣誉', points: 0.5 },
      { label: '市厅级以上荣誉', points: 1 },
    ]);
    expect(bonusIncrements('最多可加3分')).toEqual([]);
  });
});

describe('options', () => {
  it('reads quoted options, including a zero written as 不得分', () => {
    expect(optionsInText(SEED_001_ITEM_8.split('②')[0])).toEqual([
      { label: '按规定组织', points: 5 },
      { label: '未按规定组织', points: 3 },
      { label: '不作为', points: 2 },
      { label: '未组织', points: 0 },
    ]);
  });

  it.each([
    ['考核结果分A级得10分、B级得8分、C级得6分、D级不得分', [['A级', 10], ['B级', 8], ['C级', 6], ['D级', 0]]],
    ['评定为A档（6分）、B档（4分）、C档（2分）', [['A档', 6], ['B档', 4], ['C档', 2]]],
    ['登录“志愿晋城”APP，查看发布志愿服务项目两次以上（2分）', []],
    ['“按规定组织”得5分', []],
  ])('%s', (text, expected) => {
    expect(optionsInText(text)).toEqual(expected.map(([label, points]) => ({ label, points })));
  });
});

describe('itemParts', () => {
  it('splits an item with options into option and point parts (seed 001 item 8)', () => {
    expect(itemParts(SEED_001_ITEM_8)).toEqual([
      { kind: 'options', label: '①', max: 5, options: [
        { label: '按规定组织', points: 5 }, { label: '未按规定组织', points: 3 }, { label: '不作为', points: 2 }, { label: '未组织', points: 0 }] },
      { kind: 'options', label: '②', max: 3, options: [
        { label: '按规定组织三项以上', points: 3 }, { label: '开展两项活动', points: 2 }, { label: '开展一项活动', points: 1 }, { label: '未组织', points: 0 }] },
      { kind: 'points', label: '③', max: 4 },
    ]);
  });

  it('keeps a plain item whole, summing its sub-points', () => {
    expect(itemParts('①爱护门前绿化树木；（0.3分） ②保持门前干净卫生；（0.3分） ③机关规范停车点位设置。（0.4分）')).toEqual([{ kind: 'points', max: 1 }]);
    expect(itemParts('查看单位小区环境卫生秩序和公益广告宣传情况。')).toEqual([{ kind: 'points', max: undefined }]);
  });

  it('stops at the notes', () => {
    expect(scoringText('…（2分） 注：①如不按规定则扣2分（2分）')).toBe('…（2分） ');
  });
});

describe('levelsInText', () => {
  it('reads the star note of seed 000', () => {
    expect(levelsInText('注：三星级文明小区80分以上；四星级文明小区90分以上；五星级文明小区95分以上。')).toEqual({
      levels: [
        { label: '三星级', min: 80, rank: 3 },
        { label: '四星级', min: 90, rank: 4 },
        { label: '五星级', min: 95, rank: 5 },
      ],
    });
  });

  it.each([
    ['90分以上为优秀，80-89分为良好，60—79分为合格，60分以下为不合格', [['优秀', 90], ['良好', 80], ['合格', 60]], '不合格'],
    ['总分不低于85分的评为先进单位', [['先进单位', 85]], undefined],
    ['（满分100分，90分及以上为优秀）', [['优秀', 90]], undefined],
    ['5星级：95分(含)以上', [['5星级', 95]], undefined],
    ['请于6月30日前报送', [], undefined],
  ])('%s', (text, levels, below) => {
    const read = levelsInText(text);
    expect(read.levels.map((l) => [l.label, l.min])).toEqual(levels);
    expect(read.below).toBe(below);
  });
});

describe('the parsers never throw (property)', () => {
  const rubricText = fc.string({ unit: fc.constantFrom(...'①②③（）()分加满为止每项最多可0123456789.5“”"A级B档不得注：；，。以上以下-至优秀良好合格三四五星 '.split('')), maxLength: 80 });
  it('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(rubricText, fc.string()), (text) => {
        pointsInText(text);
        statedTotal(text);
        numberAndName(text);
        optionsInText(text);
        bonusIncrements(text);
        bonusCapInText(text);
        const parts = itemParts(text);
        expect(parts.length).toBeGreaterThan(0);
        for (const level of levelsInText(text).levels) expect(Number.isFinite(level.min)).toBe(true);
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
      }),
      { numRuns: 10000 },
    );
  });
});
