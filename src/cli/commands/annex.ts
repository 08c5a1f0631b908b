import { basename } from 'node:path';
import type { Command } from 'commander';
import { ANNEX_KIND_NAMES_ZH, ANNEX_KINDS, isAnnexKind, type AnnexKind } from '../../core/annex/annex-kind';
import { buildAnnex, type AnnexSource } from '../../core/annex/build-annex';
import type { AnnexLayout } from '../../core/annex/annex-layout';
import { findAnnexSource } from '../../core/annex/find-annex-source';
import { KIND_NAMES_ZH, type RecognizedKind } from '../../core/recognize/table-kind';
import { XlsxHost } from '../../hosts/xlsx/xlsx-host';
import { readWorkbookFile } from '../read-workbook-file';
import { addRecognitionOptions, recognizeFile, type RecognitionFlags } from '../recognition-options';
import type { RecognizedTable } from '../../core/recognize/recognized-table';
import { EXIT, UsageError } from '../usage-error';
import { assertDistinctOutput, writeWorkbookFile } from '../write-workbook-file';

interface AnnexFlags {
  readonly from?: string;
  readonly output?: string;
  readonly number?: string;
  readonly title?: string;
  readonly maskPhones?: boolean;
  readonly officialFonts?: boolean;
  readonly rows?: string;
  readonly json?: boolean;
}

/**
 * `wenming annex <kind> --from <in.xlsx>[:<sheet>] -o <out.xlsx>`: adds the annex sheet
 * (附件N, GB/T 9704-2012) to a copy of the workbook; without `--from`, a blank template in a
 * new workbook. `wenming annex list` prints the kinds. The input is never modified.
 */
export function registerAnnex(program: Command): void {
  const annex = program
    .command('annex')
    .description('按公文格式（GB/T 9704）生成附件表格，写入工作簿副本；annex list 列出附件类型')
    .argument('<类型>', `附件类型（${ANNEX_KINDS.join('、')}），或 list`)
    .option('--from <文件[:工作表]>', '来源 .xlsx 文件，可在冒号后指定工作表；不指定则生成空白模板')
    .option('-o, --output <文件>', '输出的 .xlsx 文件（原文件不会被修改）')
    .option('--number <N>', '附件编号（附件N），默认沿用来源表格的编号')
    .option('--title <标题>', '附件标题（默认沿用来源表格的标题）')
    .option('--mask-phones', '隐藏个人手机号中间四位（139****3117），用于信息公开；办公固定电话保留')
    .option('--official-fonts', '使用标准字体名（方正小标宋简体、仿宋_GB2312），需本机已安装')
    .option('--rows <N>', '空白模板的行数')
    .option('--json', '输出 JSON（附件版式，供程序使用）');
  addRecognitionOptions(annex)
    .action(async (kind: string, flags: AnnexFlags & RecognitionFlags) => {
      if (kind === 'list') { listKinds(Boolean(flags.json)); return; }
      if (!isAnnexKind(kind)) throw new UsageError(`未知的附件类型“${kind}”。可用类型：${ANNEX_KINDS.join('、')}（用 wenming annex list 查看中文名称）`);
      const number = positiveInteger('--number', flags.number, 999);
      const rows = positiveInteger('--rows', flags.rows, 1000);
      const from = flags.from === undefined ? undefined : parseFrom(flags.from);
      const output = assertDistinctOutput(from?.file ?? '', flags.output);
      const host = from ? await readWorkbookFile(from.file) : XlsxHost.empty();
      const workbook = await host.readWorkbook();
      const recognized = from ? (await recognizeFile(host, workbook, flags)).tables : undefined;
      const source = from ? findSource(workbook, kind, from.file, from.sheet, recognized) : { type: 'template' as const, kind, ...(rows === undefined ? {} : { rows }) };
      const { plan, layout } = buildAnnex(source, {
        ...(number === undefined ? {} : { number }),
        ...(flags.title === undefined ? {} : { title: flags.title }),
        maskPhones: Boolean(flags.maskPhones),
        fonts: flags.officialFonts ? 'official' : 'installed',
        workbook,
      });
      await host.applyEditPlan(plan);
      await writeWorkbookFile(host, output);
      const sourceInfo = from ? { file: from.file, sheet: source.type === 'tables' ? source.grid.name : undefined } : null;
      if (flags.json) process.stdout.write(`${JSON.stringify({ output, source: sourceInfo, layout })}\n`);
      else process.stdout.write(`${describeResult(layout, output, sourceInfo)}\n`);
      process.exitCode = EXIT.ok;
    });
}

function listKinds(json: boolean): void {
  if (json) { process.stdout.write(`${JSON.stringify(ANNEX_KINDS.map((kind) => ({ kind, name: ANNEX_KIND_NAMES_ZH[kind] })))}\n`); return; }
  const width = Math.max(...ANNEX_KINDS.map((k) => k.length));
  process.stdout.write(`${ANNEX_KINDS.map((k) => `${k.padEnd(width)}  ${ANNEX_KIND_NAMES_ZH[k]}`).join('\n')}\n`);
}

function positiveInteger(flag: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1 || Number(text) > max) throw new UsageError(`${flag} 应为 1～${max} 的整数，收到“${text}”`);
  return Number(text);
}

/** `in.xlsx:附件1` → file and sheet. Sheet names cannot hold `:`, so the last colon after `.xlsx` splits them. */
function parseFrom(text: string): { file: string; sheet?: string } {
  const m = /^(.*\.xlsx):([^:\\/]+)$/i.exec(text);
  return m ? { file: m[1], sheet: m[2] } : { file: text };
}

function findSource(workbook: Awaited<ReturnType<XlsxHost['readWorkbook']>>, kind: AnnexKind, file: string, sheet: string | undefined, recognized: readonly RecognizedTable[] | undefined): AnnexSource {
  const found = findAnnexSource(workbook, kind, sheet, recognized);
  if (found.found) return { type: 'tables', grid: found.grid, tables: found.tables };
  if (found.reason === 'no-such-sheet') {
    throw new UsageError(`${basename(file)} 中没有工作表“${sheet}”。现有工作表：${workbook.sheets.map((s) => `“${s.name}”`).join('、') || '（无）'}`);
  }
  const where = sheet === undefined ? basename(file) : `工作表“${sheet}”`;
  const seen = found.kindsSeen.map((k) => `${KIND_NAMES_ZH[k as RecognizedKind]}（${k}）`).join('、');
  throw new UsageError(`${where}中没有识别到${ANNEX_KIND_NAMES_ZH[kind]}（${kind}）。${seen ? `识别到的表格：${seen}。` : '没有识别到任何表格。'}`);
}

function describeResult(layout: AnnexLayout, output: string, source: { file: string; sheet?: string } | null): string {
  const r = layout.report;
  const done = [
    r.sections > 1 ? `${r.sections} 个表格合为一张，每个表格保留标题` : '',
    r.droppedHeaderRows > 0 ? `删除重复表头 ${r.droppedHeaderRows} 行` : '',
    r.renumberedRows > 0 ? `重编序号 ${r.renumberedRows} 行` : '',
    ...r.countFixes.map((f) => `标题所列数量 ${f.from} 改为实际的 ${f.to}`),
    r.maskedPhones > 0 ? `隐藏手机号 ${r.maskedPhones} 个` : '',
  ].filter((s) => s !== '');
  return [
    `已生成“${layout.sheet}”：${layout.title}`,
    source ? `  来源：${basename(source.file)} 工作表“${source.sheet}”，数据 ${r.rows} 行` : `  空白模板：${r.rows} 行`,
    `  版式：A4 ${layout.page.orientation === 'portrait' ? '纵向' : '横向'}，表宽 ${layout.page.tableWidthMm} mm，${layout.fonts.body.name} ${layout.fonts.body.size} 磅，表头每页重复`,
    ...(done.length > 0 ? [`  整理：${done.join('；')}`] : []),
    ...(layout.sheetNote ? [`  说明：${layout.sheetNote}`] : []),
    `已写入：${output}${source ? '（原文件未修改）' : ''}`,
  ].join('\n');
}
