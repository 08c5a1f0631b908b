import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { WorkbookGrids } from '../core/grid/grid';
import { combineCorrections, mergeCorrections, NO_CORRECTIONS, parseCorrections, parseMapOption, recognizeCorrected, type RecognitionCorrections, type TableCorrection } from '../core/recognize/corrections';
import type { RecognizedTable } from '../core/recognize/recognized-table';
import type { StoredSettings } from '../hosts/host-capabilities';
import type { XlsxHost } from '../hosts/xlsx/xlsx-host';
import { UsageError } from './usage-error';

/** The flags that correct recognition, taken by every command that reads tables. */
export function addRecognitionOptions(command: Command): Command {
  return command
    .addOption(new Option('--map <工作表!列=角色>', '更正识别：某列的角色（如 附件2!D=maxPoints、附件2!F=ignore），或 附件2!kind=rubric、附件2!header=3；可重复').argParser(collect).default([]))
    .addOption(new Option('--mapping <文件.json>', '从 JSON 文件读取识别更正（格式见 README）'));
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export interface RecognitionFlags {
  readonly map?: readonly string[];
  readonly mapping?: string;
}

/** The corrections given on the command line (`--mapping`, then each `--map`), refused with a Chinese UsageError when malformed. */
export async function correctionsFromFlags(flags: RecognitionFlags): Promise<RecognitionCorrections> {
  let fromFile = NO_CORRECTIONS;
  if (flags.mapping) {
    let text: string;
    try {
      text = await readFile(flags.mapping, 'utf8');
    } catch {
      throw new UsageError(`无法读取 --mapping 文件：${flags.mapping}`);
    }
    const { corrections, problems } = parseCorrections(text);
    if (problems.length > 0) throw new UsageError(`--mapping ${flags.mapping}：${problems.join('；')}`);
    fromFile = corrections;
  }
  const fromMap = (flags.map ?? []).map((text) => {
    try {
      return parseMapOption(text);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  });
  // Every --map of one sheet corrects one table: `附件2!kind=rubric --map 附件2!header=4,5 --map 附件2!D=maxPoints`.
  const bySheet = new Map<string, TableCorrection>();
  for (const c of fromMap) {
    const before = bySheet.get(c.sheet);
    bySheet.set(c.sheet, before ? combineCorrections(before, c) : c);
  }
  return mergeCorrections(fromFile, { version: 1, tables: [...bySheet.values()] });
}

/**
 * The workbook's tables as the user wants them read: the corrections stored in the
 * workbook (by the pane or `wenming recognize -o`), then those given on the command line.
 */
export async function recognizeFile(host: XlsxHost, workbook: WorkbookGrids, flags: RecognitionFlags): Promise<{ tables: RecognizedTable[]; corrections: RecognitionCorrections; stored?: StoredSettings }> {
  const stored = await host.loadStoredSettings();
  const given = await correctionsFromFlags(flags);
  const corrections = mergeCorrections(stored?.corrections ?? NO_CORRECTIONS, given);
  // A stored correction of a sheet since renamed is simply unused; a mistyped sheet on the command line is an error.
  const unknownSheets = given.tables.map((c) => c.sheet).filter((s) => !workbook.sheets.some((g) => g.name === s));
  if (unknownSheets.length > 0) throw new UsageError(`识别更正中的工作表不存在：${[...new Set(unknownSheets)].map((s) => `“${s}”`).join('、')}`);
  return { tables: recognizeCorrected(workbook, corrections), corrections, ...(stored ? { stored } : {}) };
}
