import type { Command } from 'commander';
import { checkWorkbookInferring } from '../../core/check/check-workbook';
import { findingTitle } from '../../core/findings/messages.zh-CN';
import { summarizeTable } from '../../core/recognize/table-summary';
import { addRecognitionOptions, recognizeFile, type RecognitionFlags } from '../recognition-options';
import { formatCheckReport, type FileReport } from '../format-check-report';
import { withProgress } from '../progress';
import { readWorkbookFile } from '../read-workbook-file';
import { addSettingsOptions, settingsFromFlags, type SettingsFlags } from '../settings-options';
import { EXIT, UsageError } from '../usage-error';

interface CheckFlags extends SettingsFlags {
  readonly json?: boolean;
}

/** `wenming check <file.xlsx>... [--json] [settings]`: recognise tables and report findings. */
export function registerCheck(program: Command): void {
  const check = addSettingsOptions(
    program
      .command('check')
      .description('识别工作簿中的表格并校验联系人、日期与表格结构')
      .argument('<文件...>', '要检查的 .xlsx 文件')
      .option('--json', '输出 JSON（供程序使用）'),
  );
  addRecognitionOptions(check).action(async (files: string[], flags: CheckFlags & RecognitionFlags) => {
    const settings = settingsFromFlags(flags);
    const unreadable: string[] = [];
    // One unreadable file must not lose the reports of the others: it is named, the rest go on.
    const outcomes = await withProgress(files, '检查', async (file): Promise<FileReport | undefined> => {
      try {
        const host = await readWorkbookFile(file);
        const workbook = await host.readWorkbook();
        const { tables } = await recognizeFile(host, workbook, flags);
        const result = checkWorkbookInferring(workbook, tables, settings);
        return { file, tables: result.tables.map(summarizeTable), findings: result.findings, inferred: result.inferred, skipped: result.skipped };
      } catch (error) {
        if (!(error instanceof UsageError) || files.length === 1) throw error;
        unreadable.push(file);
        process.stderr.write(`错误：${error.message}\n`);
        return undefined;
      }
    });
    const reports = outcomes.filter((r): r is FileReport => r !== undefined);
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ files: reports.map(jsonReport) })}\n`);
    } else {
      process.stdout.write(`${reports.map(formatCheckReport).join('\n\n')}\n`);
    }
    const hasErrors = reports.some((r) => r.findings.some((f) => f.severity === 'error'));
    if (unreadable.length > 0) process.stderr.write(`有 ${unreadable.length} 个文件无法读取：${unreadable.join('、')}\n`);
    process.exitCode = unreadable.length > 0 ? EXIT.usage : hasErrors ? EXIT.errorsFound : EXIT.ok;
  });
}

/** One file of `check --json`: DOMAIN §7's shape, each finding with its Chinese title, plus the settings inferred and the checks skipped. */
function jsonReport({ file, tables, findings, inferred, skipped }: FileReport) {
  return {
    file, tables, findings: findings.map(({ params: _params, sheet, cell, code, ...rest }) => ({ sheet, cell, code, title: findingTitle(code), ...rest })),
    inferred: inferred ?? {}, skipped: (skipped ?? []).map(({ params: _params, ...rest }) => rest),
  };
}
