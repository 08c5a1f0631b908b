import type { CellValue, Grid } from '../../grid/grid';
import type { RecognizedTable } from '../../recognize/recognized-table';
import type { ColumnRole, RecognizedKind } from '../../recognize/table-kind';

/** A sheet with a title row, a header row and data rows, and the table a recogniser would find in it. */
export function sheetWithTable(
  sheet: string, kind: RecognizedKind, title: string,
  header: readonly [string, ColumnRole | undefined][], rows: readonly (readonly CellValue[])[],
  numberFormats?: readonly (readonly (string | undefined)[])[],
): { grid: Grid; table: RecognizedTable } {
  const values = [[title], header.map(([h]) => h), ...rows];
  const grid: Grid = { name: sheet, values, merges: [], ...(numberFormats ? { numberFormats: [[], [], ...numberFormats] } : {}) };
  const dataRows = rows.map((_, i) => i + 2);
  const table: RecognizedTable = {
    sheet, kind, title, titleRow: 0, headerRows: [1],
    range: { top: 1, left: 0, bottom: rows.length + 1, right: header.length - 1 },
    columns: header.flatMap(([h, role], col) => (role ? [{ role, col, header: h }] : [])),
    dataRows, repeatedHeaderRows: [], noteRows: [],
  };
  return { grid, table };
}

/** Seed 001 附件1: 晋城市城市管理局 2024 年度联点共建活动安排表 (`1 月` … `12 月`). */
export function seed001Schedule(months: readonly CellValue[] = Array.from({ length: 12 }, (_, i) => `${i + 1} 月`)) {
  return sheetWithTable('附件1', 'monthly-schedule', '晋城市城市管理局 2024 年度联点共建活动安排表',
    [['时 间', 'month'], ['责任单位', 'unit'], ['责任人', 'person'], ['备 注', 'note']],
    months.map((m, i) => [m, `${i + 1}大队`, '张 东', null]));
}

/** Seed 002 附件5: 南阳新村街道办事处“社区建设年”目标分解表, its 完成时限 column as written. */
export const SEED_002_DEADLINES: readonly CellValue[] = [
  '12月底前完成', '10月底前完成', '年底前完成', '3月底前完成', '10月底前完成', '年底前完成', '12月底前完成', '7月底完成', '10月底前完成', null,
];

export function seed002Targets(deadlines: readonly CellValue[] = SEED_002_DEADLINES) {
  return sheetWithTable('附件5', 'task-breakdown', '南阳新村街道办事处“社区建设年”目标分解表',
    [['序号', 'seq'], ['目标', 'task'], ['分管领导', 'leader'], ['责任部门', 'department'], ['责任人', 'responsible'], ['完成时限', 'deadline']],
    deadlines.map((d, i) => [i + 1, `目标${i + 1}`, '张敏', '社区事务科', '孟艳蕊', d]));
}

/** Seed 000 四、实施步骤 and seed 003 二、工作安排, one paragraph per row as pasted from Word. */
export const SEED_000_STEPS = [
  '四、实施步骤',
  '（一）对接启动阶段（6月5日前）。各级文明单位要主动与结对社区进行对接，在现场调研、双方商议的基础上，科学制定帮扶计划和工作措施。',
  '（二）组织实施阶段（6月6日至9月30日）。各县区各级文明单位要围绕落实五项重点工作，积极对标对表开展各项创建活动。',
  '（三）巩固提升阶段（10月至12月上旬）。市创文办将会同有关部门深入社区进行现场调研，发现问题及时督导整改。',
  '（四）总结讲评阶段（12月中下旬）。市创文办在每月调研、季度考评的基础上，对此项活动进行全面总结讲评。',
];
export const SEED_003_STEPS = [
  '1、第一阶段:全面部署,迅速摸排(4月下旬—5月上旬)。召开动员会,对2020年文明创建工作进行全面部署动员。',
  '2、第二阶段:突出重点,集中整治(5月中旬—6月下旬)。规范辖区公共区域公益广告设置。',
  '3、第三阶段:巩固提升,长期坚持。对于排查出的问题,举一反三。',
];
