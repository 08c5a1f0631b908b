import { mulberry32 } from '../../test/support/mulberry32';
import type { CellValue, Grid } from '../../src/core/grid/grid';

/**
 * Generated pairing plans (DOMAIN §1 `pairing-plan`) for the benchmarks and the
 * safety suites: a title that declares its count, the seed-000 header, then rows
 * with 序号, unit, community, address and a `姓名+phone` contact written in the
 * ways the seeds write it (`郭小倩13939263117`, `郭  琳13503921007`,
 * `韩旭：15378673897`, two people in one cell, landlines), with a few bad phones
 * (12 digits, 10 digits, an unallocated prefix, full-width digits, a phone stored
 * as a number). Deterministic: the same size and seed give the same grid.
 */

export const PAIRING_HEADER = ['序号', '文明单位名称', '结对社区名单', '社区具体位置', '联系人及电话'] as const;

/** The sheet's first two rows: annex label, then the title declaring the count. */
export const PAIRING_TITLE_ROWS = 2;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥建国建华志强海燕小倩琳玉功旭鹏贵俐玲婷雪梅晓东丹阳光辉文博宇浩然思源子涵欣怡雨萱嘉豪俊杰晨曦佳琪';
const UNIT_HEADS = ['市委', '市政府', '市人大', '市政协', '淇滨区', '山城区', '鹤山区', '浚县', '淇县', '开发区'];
const UNIT_TAILS = ['办公室', '宣传部', '组织部', '统战部', '政法委', '财政局', '教育局', '公安局', '民政局', '人社局', '住建局', '交通局', '水利局', '农业农村局', '商务局', '文广旅局', '卫健委', '审计局', '市场监管局', '城管局'];
const COMMUNITY_WORDS = ['兴鹤', '福源', '长江', '黄河', '泰山', '华夏', '九州', '淇河', '朝歌', '钜桥', '金山', '银河', '春华', '秋实', '新村', '东苑', '西城', '南关', '北街', '中山'];
const ROADS = ['九州路', '淇滨大道', '黄河路', '长江路', '华山路', '泰山路', '兴鹤大街', '朝歌路', '红旗街', '人民路'];
const MOBILE_PREFIXES = ['139', '138', '135', '137', '150', '151', '152', '158', '159', '182', '183', '186', '187', '188', '130', '131', '132', '155', '156', '176', '177', '180', '181', '189', '199', '191', '173', '153'];

function pick<T>(next: () => number, items: readonly T[] | string): T {
  return items[Math.floor(next() * items.length)] as T;
}

function digits(next: () => number, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(Math.floor(next() * 10));
  return text;
}

function personName(next: () => number): string {
  const given = next() < 0.3 ? pick<string>(next, GIVEN) : pick<string>(next, GIVEN) + pick<string>(next, GIVEN);
  return pick<string>(next, SURNAMES) + given;
}

function mobile(next: () => number): string {
  return pick(next, MOBILE_PREFIXES) + digits(next, 8);
}

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** One contact cell; about 3 % carry a bad phone and 1 % a phone stored as a number. */
function contactCell(next: () => number): CellValue {
  const name = personName(next);
  const roll = next();
  if (roll < 0.01) return Number(mobile(next)); // typed as a number: PHONE_STORED_AS_NUMBER
  if (roll < 0.015) return `${name}${mobile(next)}1`; // 12 digits
  if (roll < 0.02) return `${name}${mobile(next).slice(0, 10)}`; // 10 digits
  if (roll < 0.025) return `${name}100${digits(next, 8)}`; // unallocated prefix
  if (roll < 0.03) return `${name}${[...mobile(next)].map((d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET)).join('')}`;
  if (roll < 0.10) return `${name}：${mobile(next)}`;
  if (roll < 0.18) return `${name} ${mobile(next)}`;
  if (roll < 0.24 && name.length === 2) return `${name[0]}  ${name[1]}${mobile(next)}`; // padded to three
  if (roll < 0.30) return `${name}\n\n${mobile(next)}；${personName(next)}\n\n${mobile(next)}`;
  if (roll < 0.34) return `${name} 0392-${String(2 + Math.floor(next() * 7))}${digits(next, 6)}`;
  return `${name}${mobile(next)}`;
}

/** The rows of a pairing plan of `count` data rows: annex label, title, header, data. */
export function pairingPlanRows(count: number, seed = 2020): CellValue[][] {
  const next = mulberry32(seed + count);
  const rows: CellValue[][] = [['附件1'], [`文明单位结对社区共建活动计划表（淇滨区${count}个）`], [...PAIRING_HEADER]];
  for (let i = 0; i < count; i++) {
    const unit = pick<string>(next, UNIT_HEADS) + pick<string>(next, UNIT_TAILS);
    const community = `${pick<string>(next, COMMUNITY_WORDS)}${pick<string>(next, COMMUNITY_WORDS)}社区${i}`;
    const address = `${pick<string>(next, ROADS)}${1 + Math.floor(next() * 999)}号`;
    rows.push([i + 1, unit, community, address, contactCell(next)]);
  }
  return rows;
}

/** A pairing plan as a grid (sheet `附件1`), the title merged across A2:E2 as the seeds have it. */
export function pairingPlanGrid(count: number, seed = 2020, name = '附件1'): Grid {
  return { name, values: pairingPlanRows(count, seed), merges: [{ top: 1, left: 0, bottom: 1, right: 4 }] };
}
