import type { Command } from 'commander';
import { correctionAnchor } from '../../core/recognize/corrections';
import { isUnsure, summarizeTable, type TableSummary } from '../../core/recognize/table-summary';
import { COLUMN_ROLE_NAMES_ZH, KIND_NAMES_ZH } from '../../core/recognize/table-kind';
import { EMPTY_STORED_SETTINGS } from '../../hosts/host-capabilities';
import { readWorkbookFile } from '../read-workbook-file';
import { addRecognitionOptions, recognizeFile, type RecognitionFlags } from '../recognition-options';
import { assertDistinctOutput, writeWorkbookFile } from '../write-workbook-file';

interface RecognizeFlags extends RecognitionFlags {
  readonly json?: boolean;
  readonly output?: string;
}


/**
 * `wenming recognize <file> [--map …] [--mapping f.json] [--json] [-o out.xlsx]`: shows how
 * each table was read, with its confidence and the roles it guessed; with `-o`, writes a copy
 * that keeps the corrections, so every later command (and the pane) reads the tables so.
 */
export function registerRecognize(program: Command): void {
  const command = program
    .command('recognize')
    .description('显示每张表格的识别结果（类型、表头、各列角色、把握程度）；用 --map 更正，-o 把更正保存进工作簿副本')
    .argument('<文件>', '.xlsx 文件（不会被修改）')
    .option('-o, --output <文件>', '保存更正后的工作簿副本')
    .option('--json', '输出 JSON（供程序使用）');
  addRecognitionOptions(command).action(async (file: string, flags: RecognizeFlags) => {
    if (flags.output) assertDistinctOutput(file, flags.output);
    const host = await readWorkbookFile(file);
    const workbook = await host.readWorkbook();
    const { tables, corrections, stored } = await recognizeFile(host, workbook, flags);
    const summaries = tables.map(summarizeTable);
    if (flags.output) {
      // What the workbook kept, with the corrections as just applied (stored ones, then the command line's).
      await host.saveStoredSettings({ ...(stored ?? EMPTY_STORED_SETTINGS), corrections });
      await writeWorkbookFile(host, flags.output);
    }
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ file, tables: summaries })}\n`);
      return;
    }
    for (const [i, summary] of summaries.entries()) process.stdout.write(`${describe(summary, correctionAnchor(tables[i]))}\n`);
    if (flags.output) process.stdout.write(`已保存识别更正：${flags.output}（原文件未修改）\n`);
  });
}

function describe(table: TableSummary, anchor: string): string {
  const where = `${table.sheet}!${anchor}`;
  if (table.kind === 'unknown') return `${where}：未识别出表格`;
  const columns = Object.entries(table.columns).map(([role, letters]) => `${[letters].flat().join('、')}=${COLUMN_ROLE_NAMES_ZH[role as keyof typeof COLUMN_ROLE_NAMES_ZH] ?? role}`).join('，');
  const header = table.headerRow === null ? '无表头' : `表头第 ${table.headerRows.join('、')} 行`;
  const sure = table.corrected ? '（已更正）' : isUnsure(table) ? `（把握 ${Math.round((table.confidence ?? 0) * 100)}%，请核对，可用 --map 更正）` : '';
  const guessed = table.guessed ? `；推测的列：${Object.entries(table.guessed).map(([role, letter]) => `${letter}=${COLUMN_ROLE_NAMES_ZH[role as keyof typeof COLUMN_ROLE_NAMES_ZH] ?? role}`).join('，')}` : '';
  return `${where}：${KIND_NAMES_ZH[table.kind]}${sure}，${header}，数据 ${table.dataRows} 行；${columns}${guessed}`;
}
