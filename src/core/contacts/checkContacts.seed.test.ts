import type { CellValue, Grid } from '../grid/grid';
import type { Finding } from '../findings/finding';
import type { RecognizedTable } from '../recognize/recognized-table';
import type { ColumnRole, RecognizedKind } from '../recognize/table-kind';
import { checkContacts } from './checkContacts';
import { fixContacts } from './fixContacts';
import { applyPlanToGrid, contextOf, gridOf, tableOf } from './_lib/testWorkbook';

/**
 * The seeds' contact cells, transcribed by hand into grids the way the
 * recogniser will see them, and what the contacts rule says about them.
 */

const lines = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.sheet}!${f.cell} ${f.code} ${f.message}`);

/** Seed 000 附件1: three district tables on one sheet (unit, community, contact; location left out). */
const SEED_000: readonly (readonly [district: string, declared: number, rows: readonly (readonly [string, string, string])[]])[] = [
  ['淇滨区', 46, [
    ['市委办公室\n市委党校', '迎宾社区', '郭小倩13939263117'],
    ['市政府办公室\n市湘江小学', '怡乐园社区', '焦海谦18503920260'],
    ['市人大常委会办公室\n市生态环境局', '福源社区', '郭银生18503920552'],
    ['市政协办公室\n市医保局', '漓江社区', '郭  琳13503921007'],
    ['市纪委监委\n淇滨热力公司', '福田社区', '郭翠英15939260844'],
    ['市委组织部\n市人防办', '兰苑社区', '董克海13839233888'],
    ['市委宣传部\n市高中', '东方社区', '杜志鹏17613909009'],
    ['市委统战部\n市事管局', '学院社区', '郑国梁13903921029'],
    ['市委政法委\n市退役军人事务局', '锦绣园社区', '宋  元18503920255'],
    ['市鹿鸣小学\n市委网信办', '佳和社区', '王玉超15939275777'],
    ['市直工委\n市文广旅局', '牟山社区', '侯利娜17603923669'],
    ['团市委\n淇滨区嵩山小学', '金鹤社区', '刘国鹏18739200899'],
    ['市妇联\n市实验学校', '新城社区', '付利敏13939269650'],
    ['市发改委', '福兴社区', '郭春平17839200230'],
    ['市教育体育局', '清华园社区', '陈  翔17613909120'],
    ['市工信局', '桂鹤社区', '任宪英18739208799'],
    ['市公安局', '颖秀园社区', '刘浩伟18539218158'],
    ['市自然资源和规划局', '莲花社区', '李  娟15839207531'],
    ['市交通运输局\n市道路运输管理局', '大赉店社区', '蔡士军15839219199'],
    ['市林业局', '凤凰城社区', '管云朋18839277721'],
    ['市农业农村局', '大梁庄社区', '黄克平18639927111'],
    ['市应急管理局\n淇滨区消防救援大队', '胜隆社区', '张海彦18503920265'],
    ['市信访局', '西臣投社区', '李  波13303921588'],
    ['中国移动鹤壁分公司', '观景社区', '张  睿13803929353'],
    ['鹤壁职业技术学院', '黎阳社区', '张晓亮18539218086'],
    ['鹤壁汽车工程职业学院', '湘江社区', '梁希朝13333922930'],
    ['市消防救援支队', '金融社区', '齐  敏18803925855'],
    ['中国邮政储蓄\n银行鹤壁市分行', '西郭庄社区', '常士玉13938006062'],
    ['市监狱', '小辛庄社区', '夏守贵13939203006'],
    ['市博物馆', '龙门社区', '刘海萍17839200386'],
    ['市图书馆', '广场社区', '董现苏17603923769'],
    ['市淇滨污水处理\n有限责任公司', '半坡店社区', '梁东合13938008909'],
    ['淇滨区税务局（东区）\n开发区税务局（西区）', '鹤翔社区', '张  证18739209988'],
    ['淇滨区湘江中学', '华府社区', '肖  文18739223098'],
    ['淇滨区市场监管局', '打柴口社区', '吴合信15346262768'],
    ['市公安局淇滨分局', '江南社区', '李文静18539218138'],
    ['河南通安高速公路养护工程有限责任公司', '长城社区', '张丽娟18539218697'],
    ['市民宗局\n淇滨区人民检察院', '棘针庄社区', ' 郭秉会13030391689'],
    ['市委老干局\n淇滨区法院', '农垦社区', '姚慧敏15239263355'],
    ['市强制隔离戒毒所', '大辛庄社区', '董本全15839256626'],
    ['市农科院', '嘉苑社区', '申安娜17839200137'],
    ['市商务局', '姜庄社区', '陈培旺15839263636'],
    ['市福田小学', '桃园社区', '王卫彬18603923318'],
    ['鹤壁水文水资源勘测局', '牛庄社区', '郭玉功 15139292958'],
    ['市委编办\n鹤壁海关', '郭小屯社区', '张海华15039221363'],
    ['市看守所\n市地方史志办公室', '九州社区', '魏永显13849217070'],
  ]],
  ['山城区', 34, [
    ['市中级人民法院', '红中段社区', '吴  敏 13939281146'],
    ['市残疾人联合会', '南岸社区', '袁  青13938008624'],
    ['鹤壁日报社', '胜利二巷社区', '伍平华13503926169'],
    ['市科技局', '鹿楼南社区', '唐风花 15039222286'],
    ['市民政局\n市公安局交通管理支队', '东一巷社区', '付莉芹13939281662'],
    ['市司法局', '汤西段社区', '关文秀13903920496'],
    ['市人社局', '工人文化宫社区', '李翠霞13939271651'],
    ['市统计局', '红二巷社区', '蔡桂霞13783025198'],
    ['市政务服务和\n大数据管理局', '朝阳南社区', '陈素平13939299098'],
    ['市盘石头水库\n运行保障中心', '中路社区', '贺瑞玲13663924696'],
    ['市公路管理局', '一孔桥社区', '肖  丽13938008624'],
    ['市卫生健康委', '八矿东井社区', '张艳红15139269590'],
    ['市气象局\n市委市政府督查局', '建委社区', '吴社玲18839219185'],
    ['鹤壁无线电管理局\n市公安局宝山分局', '小庄社区', '李四清15839228098'],
    ['中国联通鹤壁分公司', '电业局社区', '徐  红15239219696'],
    ['鹤壁丰鹤发电\n有限责任公司', '陈家湾社区', '陈志军18839719999'],
    ['宝山集聚区管委\n宝山特勤消防站', '汤河街五巷社区', '廉大叶13849202812'],
    ['市交通运输执法支队', '朝阳北社区', '秦改云18203929788'],
    ['市疾控中心', '七九四社区', '琚艳艳13849218549'],
    ['市第三人民医院', '公园社区', '时彦利13569632825'],
    ['市工农渠灌区管理处', '东岭社区', '唐鹏宇15516660662'],
    ['市第一中学', '铁西社区', '杨海霞13839228448'],
    ['市外国语中学', '矿务局电厂社区', '高翠红15939293437'],
    ['市第四中学', '八矿西井社区', '高翠红15939293437'],
    ['市鹤翔小学', '广场社区', '郑  红15839270555'],
    ['市水利局（市南水北调中线工程建设领导小组办公室）\n市节约用水服务中心', '卫星街西段社区', '张学燕13849203307'],
    ['市第四小学', '宝马社区', '李春芳13569639226'],
    ['山城区人民检察院', '车站社区', '王素丽15939244019'],
    ['市公安局山城分局', '山城西巷社区', '焦美玉13938007765'],
    ['山城区市场监管局', '火电厂社区', '唐风花15039222286'],
    ['山城区税务局', '杨邑路社区', '杨海燕15639225231'],
    ['河南省同力水泥\n有限公司', '张庄社区', '张明涛13613922078'],
    ['山城区法院', '东窑头社区', '韩城群13938008318'],
    ['山城区农业农村局\n山城区环卫处', '中爻头社区', '田新国15603928186'],
  ]],
  ['鹤山区', 25, [
    ['市人民检察院', '马甲岭中社区', '杨树枝15939262280'],
    ['市总工会', '河西社区', '邢丽红13084237441'],
    ['市财政局', '北站路路东社区', '黄爱平15839253120'],
    ['市住房和城乡建设局', '马甲岭南社区', '赵俊茹13939241277'],
    ['市城投公司', '迎春社区', '柳晓利13839222384'],
    ['市审计局', '河东社区', '孙桂英 15670087791'],
    ['市市场监管局', '建安社区', '张素芳15639222207'],
    ['市税务局', '东山社区', '刘连兰17539243331'],
    ['中国电信鹤壁分公司', '柏灵桥社区', '宋改娣13783010100'],
    ['鹤壁技师学院', '东岭社区', '王风芹13938006453'],
    ['河南省豫鹤同力\n水泥有限公司', '西一巷社区', '袁喜荣13503927473'],
    ['市卫生计生监督局', '柏灵桥北社区', '康改琴15664317767'],
    ['市淇滨中学', '东巷社区', '黄红敏13839246508'],
    ['市淇滨小学', '广场社区', '张  丽13849214443'],
    ['市城管局', '西二巷社区', '杨  丹15660016199'],
    ['鹤山区人民法院', '工程处社区', '刘桂芹13643923384'],
    ['鹤山区人民检察院', '街北社区', '杜红霞13839224117'],
    ['鹤山公安分局\n市群艺馆', '向阳社区', '郜文育13461995555'],
    ['鹤山区市场监管局', '北站路路西社区', '朱  红18203922277'],
    ['鹤山区税务局', '街南社区', '申春丽13461995940'],
    ['市供销社\n鹤山司法局', '鹤壁集镇北街社区', '贾永强15346256666'],
    ['市桃源小学', '鹤壁集镇教场社区', '秦桂林13033889505'],
    ['市金融工作局\n市科协', '鹤壁集镇杨庄社区', '袁文军15539257113'],
    ['市扶贫办\n市文联', '鹤壁集镇南街社区', '郭文军135696667405'],
    ['市国家安全局\n市实验幼儿园', '鹤壁集镇王荒社区', '王志国13903923614'],
  ]],
];

/** Stacks tables on one sheet: title, header, data, blank row; each table's bounds are returned with it. */
function stackedSheet(name: string, header: readonly string[], roles: readonly (ColumnRole | undefined)[], kind: RecognizedKind,
  blocks: readonly { title: string; rows: readonly (readonly CellValue[])[] }[]): { grid: Grid; tables: RecognizedTable[] } {
  const values: CellValue[][] = [['附件1']];
  const bounds: { titleRow: number; headerRow: number; dataRows: number[] }[] = [];
  for (const block of blocks) {
    const titleRow = values.push([block.title]) - 1;
    const headerRow = values.push([...header]) - 1;
    const dataRows = block.rows.map((row) => values.push([...row]) - 1);
    values.push([]);
    bounds.push({ titleRow, headerRow, dataRows });
  }
  const grid = gridOf(name, values);
  const template = tableOf(gridOf(name, [header]), kind, roles);
  const tables = bounds.map(({ titleRow, headerRow, dataRows }, i) => ({
    ...template, title: blocks[i].title, titleRow, headerRows: [headerRow], dataRows,
    range: { top: headerRow, left: 0, bottom: dataRows[dataRows.length - 1] ?? headerRow, right: header.length - 1 },
  }));
  return { grid, tables };
}

function seed000() {
  return stackedSheet('附件1', ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'], ['seq', 'unit', 'community', 'location', 'contact'], 'pairing-plan',
    SEED_000.map(([district, declared, rows]) => ({
      title: `文明单位结对社区共建活动计划表（${district}${declared}个）`,
      rows: rows.map(([unit, community, contact], i) => [i + 1, unit, community, '', contact]),
    })));
}

describe('seed 000: 文明单位结对社区共建活动计划表', () => {
  it('has the three tables of 46, 34 and 25 rows', () => {
    expect(seed000().tables.map((t) => t.dataRows.length)).toEqual([46, 34, 25]);
  });

  it('finds the padded names, the 12-digit number and the number shared by 袁青 and 肖丽', () => {
    const { grid, tables } = seed000();
    expect(lines(checkContacts(contextOf([grid], tables, { areaCode: '0392' })))).toMatchInlineSnapshot(`
[
  "附件1!E7 NAME_SPACING 姓名“郭  琳”中有空格",
  "附件1!E12 NAME_SPACING 姓名“宋  元”中有空格",
  "附件1!E18 NAME_SPACING 姓名“陈  翔”中有空格",
  "附件1!E21 NAME_SPACING 姓名“李  娟”中有空格",
  "附件1!E26 NAME_SPACING 姓名“李  波”中有空格",
  "附件1!E27 NAME_SPACING 姓名“张  睿”中有空格",
  "附件1!E30 NAME_SPACING 姓名“齐  敏”中有空格",
  "附件1!E36 NAME_SPACING 姓名“张  证”中有空格",
  "附件1!E37 NAME_SPACING 姓名“肖  文”中有空格",
  "附件1!E41 NAME_SPACING 姓名“ 郭秉会”中有空格",
  "附件1!E53 NAME_SPACING 姓名“吴  敏”中有空格",
  "附件1!E54 NAME_SPACING 姓名“袁  青”中有空格",
  "附件1!E63 PHONE_SHARED 电话号码“13938008624”同时登记给“肖丽”和“袁青”（E54）",
  "附件1!E63 NAME_SPACING 姓名“肖  丽”中有空格",
  "附件1!E67 NAME_SPACING 姓名“徐  红”中有空格",
  "附件1!E77 NAME_SPACING 姓名“郑  红”中有空格",
  "附件1!E103 NAME_SPACING 姓名“张  丽”中有空格",
  "附件1!E104 NAME_SPACING 姓名“杨  丹”中有空格",
  "附件1!E108 NAME_SPACING 姓名“朱  红”中有空格",
  "附件1!E113 PHONE_INVALID 电话号码“135696667405”无效：位数不对（手机号应为 11 位，这里是 12 位）",
]
`);
  });
});

describe('seed 001: 联点共建活动安排表 and the 联络人 lines', () => {
  it('finds the padded names of the schedule', () => {
    const grid = gridOf('附件1', [
      ['时 间', '责任单位', '责任人', '备 注'],
      ['1 月', '六大队', '车家替', null], ['2 月', '七大队', '王文刚', null], ['3 月', '八大队', '原 浩', null],
      ['4 月', '九大队', '郭 斌', null], ['5 月', '十大队', '毛文革', null], ['6 月', '机动大队', '秦海明', null],
      ['7 月', '专业执法大队', '田 飞', null], ['8 月', '机关、数字化', '杨爱民、原天义', null], ['9 月', '一大队', '赵铁军', null],
      ['10 月', '二大队', '张 东', null], ['11 月', '三大队', '张 辉', null], ['12 月', '四大队', '秦 江', null],
    ]);
    const table = tableOf(grid, 'monthly-schedule', ['month', 'unit', 'person', 'note']);
    expect(lines(checkContacts(contextOf([grid], [table])))).toMatchInlineSnapshot(`
[
  "附件1!C4 NAME_SPACING 姓名“原 浩”中有空格",
  "附件1!C5 NAME_SPACING 姓名“郭 斌”中有空格",
  "附件1!C8 NAME_SPACING 姓名“田 飞”中有空格",
  "附件1!C11 NAME_SPACING 姓名“张 东”中有空格",
  "附件1!C12 NAME_SPACING 姓名“张 辉”中有空格",
  "附件1!C13 NAME_SPACING 姓名“秦 江”中有空格",
]
`);
  });

  it('accepts the 联络人 cell with a title standing for a person', () => {
    const grid = gridOf('通知', [['联系人及电话'], ['联络人：景小莉 15234666038\n\n圪塔社区高书记 13593341626']]);
    expect(lines(checkContacts(contextOf([grid], [tableOf(grid, 'unknown', ['contact'])])))).toEqual([]);
  });
});

/** Seed 002 附件3 (分包领导, 责任人 per aspect), 附件4 (roster) and 附件5 (分管领导, 责任人 per task). */
const STAR_002: readonly (readonly [string, string])[] = [
  ['张敏、路莹', '邢鹏、各社区书记、主任'],
  ['徐清朴', '徐宗磊、各社区书记、主任'],
  ['徐清朴', '徐宗磊、各社区书记、主任'],
  ['黄涛、胡品晶、乔战峰、邢宝丽、孙建力', '张玲霞、赵媛、娄明杰、生军秀、各社区书记、主任'],
  ['马静', '桂蕊琴、各社区书记、主任'],
  ['杨兴军、邢宝丽', '孟艳蕊、曹斌、各社区书记、主任'],
  ['孙建力', '生军秀、各社区书记、主任'],
  ['徐清朴、张进福', '徐宗磊、祝峰、各社区书记、主任'],
  ['徐清朴、张进福', '徐宗磊、祝峰、各社区书记、主任'],
  ['邵小龙', '张方坤、各社区书记、主任'],
  ['邢宝丽', '孟艳蕊、各社区书记、主任'],
  ['侯高科、邢宝丽', '贾建立、孟艳蕊、各社区书记、主任'],
  ['邵小龙', '张方坤、各社区书记、主任'],
  ['徐清朴', '徐宗磊、各社区书记、主任'],
  ['邢宝丽', '孟艳蕊、各社区书记、主任'],
  ['马静', '邓春先、各社区书记、主任'],
];

const ROSTER_002: readonly (readonly [string, string])[] = [
  ['组 长:', '姚 霞'], ['副组长:', '张 敏'], ['', '黄 涛'], ['', '杨兴军'], ['', '侯高科'], ['', '王 晓'], ['', '马 静'], ['', '邵小龙'],
  ['', '徐清朴'], ['', '邢宝丽'], ['', '路 莹'], ['', '乔战峰'], ['', '赵灵妮'], ['', '胡品晶'], ['', '孙建力'], ['', '张进福'], ['', '赵 宇'],
  ['成 员:', '冯慧民'], ['', '张祎洁'], ['', '乔换娣'], ['', '赵 媛'], ['', '娄明杰'], ['', '生军秀'], ['', '邓春仙'], ['', '李建强'],
  ['', '孟艳蕊'], ['', '张亚东'], ['', '贾建立'], ['', '刘 蕾'], ['', '徐宗磊'], ['', '陈 骋'], ['', '张玲霞'], ['', '祝 峰'], ['', '郑先启'],
  ['', '方 霞'], ['', '芦凤仙'], ['', '赵阿蕾'], ['', '岳德宝'], ['', '王 丹'], ['', '杨文峰'], ['', '肖国萍'], ['', '朱偏合'], ['', '赵建国'],
  ['', '崔虹'], ['', '孟马成'], ['', '郭宝印'], ['', '王淑婷'], ['', '丁伟丽'], ['', '梁艳'],
];

const LEADERS_002 = '张敏、黄涛、杨兴军、侯高科、王晓、马静、邵小龙、徐清朴、邢宝丽、乔战峰、胡晶晶、赵灵妮、孙建力、赵宇';
const TASKS_002: readonly (readonly [string, string])[] = [
  [LEADERS_002, '孟艳蕊、各社区主任、书记'],
  ['张敏、邢宝丽', '孟艳蕊、孟马成'],
  [LEADERS_002, '徐宗磊、孟艳蕊、邢鹏、各社区主任、书记'],
  ['黄涛、路莹、邢宝丽', '孟艳蕊、郭宝印、卢新玲、丁伟丽'],
  ['张敏、邢宝丽', '孟艳蕊、孟马成'],
  [LEADERS_002, '孟艳蕊、各社区主任、书记'],
  [LEADERS_002, '赵灵妮、孟艳蕊、徐宗磊、生军秀、赵媛、姜明杰、邓春仙、桂瑞琴、张亚东、凌燕、陈骋、张玲霞、贾建立、李建强、祝峰、各社区主任、书记'],
  [LEADERS_002, '孟艳蕊、各社区主任、书记'],
  ['邢宝丽', '孟艳蕊、陈骋、各社区主任、书记'],
  [LEADERS_002, '孟艳蕊、各社区主任、书记'],
];

describe('seed 002: star standard, roster and task breakdown', () => {
  const star = gridOf('附件3', [['分包领导', '责任人'], ...STAR_002.map((r) => [...r])]);
  const roster = gridOf('附件4', [['组内职务', '姓名'], ...ROSTER_002.map((r) => [...r])]);
  const task = gridOf('附件5', [['序号', '分管领导', '责任人'], ...TASKS_002.map((r, i) => [i + 1, ...r])]);
  const tables = [
    tableOf(star, 'star-standard', ['leader', 'responsible']),
    tableOf(roster, 'roster', ['role', 'name']),
    tableOf(task, 'task-breakdown', ['seq', 'leader', 'responsible']),
  ];

  it('finds the four names spelled two ways, and the padded roster names', () => {
    expect(lines(checkContacts(contextOf([star, roster, task], tables)))).toMatchInlineSnapshot(`
[
  "附件4!B2 NAME_SPACING 姓名“姚 霞”中有空格",
  "附件4!B3 NAME_SPACING 姓名“张 敏”中有空格",
  "附件4!B4 NAME_SPACING 姓名“黄 涛”中有空格",
  "附件4!B7 NAME_SPACING 姓名“王 晓”中有空格",
  "附件4!B8 NAME_SPACING 姓名“马 静”中有空格",
  "附件4!B12 NAME_SPACING 姓名“路 莹”中有空格",
  "附件4!B18 NAME_SPACING 姓名“赵 宇”中有空格",
  "附件4!B22 NAME_SPACING 姓名“赵 媛”中有空格",
  "附件4!B25 NAME_SIMILAR 姓名“邓春仙”与“邓春先”（附件3!B17）只差一个字",
  "附件4!B30 NAME_SPACING 姓名“刘 蕾”中有空格",
  "附件4!B32 NAME_SPACING 姓名“陈 骋”中有空格",
  "附件4!B34 NAME_SPACING 姓名“祝 峰”中有空格",
  "附件4!B36 NAME_SPACING 姓名“方 霞”中有空格",
  "附件4!B40 NAME_SPACING 姓名“王 丹”中有空格",
  "附件5!B2 NAME_SIMILAR 姓名“胡晶晶”与“胡品晶”（附件3!A5）只差一个字",
  "附件5!C8 NAME_SIMILAR 姓名“姜明杰”与“娄明杰”（附件3!B5）只差一个字",
  "附件5!C8 NAME_SIMILAR 姓名“桂瑞琴”与“桂蕊琴”（附件3!B6）只差一个字",
]
`);
  });

  it('fixes the padding, after which only the similar names remain', () => {
    const context = contextOf([star, roster, task], tables);
    const plan = fixContacts(context);
    const fixed = contextOf([star, applyPlanToGrid(roster, plan), task], tables);
    expect(checkContacts(fixed).map((f) => f.code)).toEqual(['NAME_SIMILAR', 'NAME_SIMILAR', 'NAME_SIMILAR', 'NAME_SIMILAR']);
  });
});

describe('seed 004: 对标责任清单, 实地点位任务清单, 网格责任表 and the headerless roster', () => {
  const C = { liao: '廖鹏\n\n13982991270', wang: '王慧文\n\n15983230003', yang: '杨贵\n\n13568539001', zeng: '曾平\n\n13882985000' };
  const checklist = gridOf('附件1', [
    ['测评项目', '指标名称', '责任科室', '联系人及联系方式'],
    ...[C.liao, C.wang, C.wang, C.liao, C.yang, C.wang, C.zeng, C.zeng, C.zeng, '廖鹏\n\n13982991270；杨贵\n\n13568539001',
      C.wang, C.wang, C.wang, C.wang, C.liao, C.liao, C.zeng, C.yang, C.liao].map((c) => ['', '', '', c]),
  ]);
  const sites = gridOf('附件2', [
    ['序号', '点位名称', '责任单位', '联系人及联系方式'],
    ...['杜红瑛\n\n18982990297', '杜红瑛\n\n18982990297', ...Array.from({ length: 5 }, () => '谌明全\n\n13982964106')].map((c, i) => [i + 1, '', '', c]),
  ]);
  const gridTable = gridOf('附件4', [
    ['街道社区', '市级', '区级', '市区包联单位', '包联单位分管领导', '包联部门联系人', '网格员', '城管队员'],
    ['雁江区资溪街道鸿丰社区', '刘廷安（市政府副市长）', '于正中（雁江区人大副主任）', '资阳市民政局', '陶  宏\n13982969551', '杨吉全15308382866', '陈悦顺18784345038', '李婷15182151520'],
    [null, null, null, '资阳市精神病医院', '施尚进 13795714178', '李丽君13684103218', '李东15182170916', '袁菊英13882977923'],
    ['雁江区资溪街道鸿丰社区', '刘廷安（市政府副市长）', '于正中（雁江区人大副主任）', '区卫健局', '曾超奇15183201236', '曾梦雨\n18081686157', '韩旭：15378673897\n徐静：13551701935', '何凤：18982925818\n吴元敏：18628860027'],
    [null, null, null, '雁江区红十字会', '容艺丹13982969766', '曾梦雨\n18081686157', '刘臻：13708263227', '李丹：13730722433'],
  ]);
  const roster = gridOf('工作机构', [
    ['组内职务', '姓名', '职务'],
    ['组  长：', '林  俐', '市民政局党委书记、局长'], ['副组长：', '秦淑兰', ''], ['', '王大杰', ''], ['', '陶  宏', ''], ['', '李俊英', ''],
    ['', '谌明全', ''], ['成 员：', '郑  建', ''], ['', '曾  平', ''], ['', '廖  鹏', ''], ['', '杨  贵', ''], ['', '谢  星', ''],
    ['', '王慧文', ''], ['', '杨婉婷', ''],
  ]);
  const tables = [
    tableOf(roster, 'roster', ['role', 'name', 'title']),
    tableOf(checklist, 'indicator-checklist', ['indicatorL1', 'indicatorL2', 'department', 'contact']),
    tableOf(sites, 'site-checklist', ['seq', 'site', 'unit', 'contact']),
    tableOf(gridTable, 'grid-assignment', ['community', 'leader', 'leader', 'unit', 'leader', 'contact', 'gridStaff', 'gridStaff']),
  ];

  it('reads every contact form and reports only the padded names', () => {
    expect(lines(checkContacts(contextOf([roster, checklist, sites, gridTable], tables, { areaCode: '028' })))).toMatchInlineSnapshot(`
[
  "工作机构!B2 NAME_SPACING 姓名“林  俐”中有空格",
  "工作机构!B5 NAME_SPACING 姓名“陶  宏”中有空格",
  "工作机构!B8 NAME_SPACING 姓名“郑  建”中有空格",
  "工作机构!B9 NAME_SPACING 姓名“曾  平”中有空格",
  "工作机构!B10 NAME_SPACING 姓名“廖  鹏”中有空格",
  "工作机构!B11 NAME_SPACING 姓名“杨  贵”中有空格",
  "工作机构!B12 NAME_SPACING 姓名“谢  星”中有空格",
  "附件4!E2 NAME_SPACING 姓名“陶  宏”中有空格",
]
`);
  });
});
