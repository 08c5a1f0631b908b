import type { Command } from 'commander';
import { checkWorkbook } from '../../core/check/check-workbook';
import { markFindings } from '../../core/check/mark-findings';
import { fixContacts } from '../../core/contacts/fixContacts';
import { planContactColumnSplit } from '../../core/contacts/splitContactColumn';
import { concatPlans, type EditPlan } from '../../core/edit-plan/edit-plan';
import { inferSettings } from '../../core/infer-settings';
import { columnOf } from '../../core/recognize/recognized-table';
import { resolveSettings } from '../../core/resolve-settings';
import { addRecognitionOptions, recognizeFile, type RecognitionFlags } from '../recognition-options';
import { readWorkbookFile } from '../read-workbook-file';
import { addSettingsOptions, settingsFromFlags, type SettingsFlags } from '../settings-options';
import { EXIT } from '../usage-error';
import { assertDistinctOutput, writeWorkbookFile } from '../write-workbook-file';

interface FixFlags extends SettingsFlags {
  readonly output?: string;
  readonly split?: boolean;
  readonly marks?: boolean;
  readonly json?: boolean;
}

/**
 * `wenming fix <in.xlsx> -o <out.xlsx>`: the safe fixes (spaces and odd characters in names
 * and phones, phones stored as numbers back to text), combined contact columns split into new
 * 联系人 / 联系电话 columns, then the remaining findings marked. The input is never modified.
 */
export function registerFix(program: Command): void {
  const fix = addSettingsOptions(
    program
      .command('fix')
      .description('安全修复联系人与电话，拆分联系人列，并把剩余问题标注到工作簿（另存为新文件）')
      .argument('<文件>', '要修复的 .xlsx 文件（不会被修改）')
      .option('-o, --output <文件>', '输出的 .xlsx 文件')
      .option('--no-split', '不拆分“联系人及电话”列')
      .option('--no-marks', '不在工作簿中标注剩余问题')
      .option('--json', '输出 JSON（供程序使用）'),
  );
  addRecognitionOptions(fix).action(async (file: string, flags: FixFlags & RecognitionFlags) => {
    const output = assertDistinctOutput(file, flags.output);
    const explicit = settingsFromFlags(flags);
    const host = await readWorkbookFile(file);
    const before = await host.readWorkbook();
    const { tables } = await recognizeFile(host, before, flags);
    // The same settings as `check`: the flags over what the workbook says (its year, period, area code…).
    const { settings } = resolveSettings(explicit, inferSettings(before, tables));
    const plans: EditPlan[] = [fixContacts({ workbook: before, tables, settings })];
    if (flags.split !== false) {
      for (const table of tables) {
        const grid = before.sheets.find((s) => s.name === table.sheet);
        if (!grid || grid.protected || table.headerRows.length === 0 || columnOf(table, 'contact') === undefined) continue;
        plans.push(planContactColumnSplit(grid, table, { areaCode: settings.areaCode }));
      }
    }
    const fixes = concatPlans('修复', ...plans);
    await host.applyEditPlan(fixes);
    const after = await host.readWorkbook();
    const { findings } = checkWorkbook(after, settings);
    if (flags.marks !== false) await host.applyEditPlan(markFindings(findings, after, settings.today));
    await writeWorkbookFile(host, output);

    const summaries = plans.map((p) => p.summary).filter((s) => s !== '');
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ file, output, fixes: summaries, editCount: fixes.ops.length, remaining: findings.map(({ params: _p, ...rest }) => rest) })}\n`);
    } else {
      process.stdout.write([`已写入：${output}（原文件未修改）`, ...summaries.map((s) => `  · ${s}`), `剩余问题 ${findings.length} 个${flags.marks !== false ? '，已标注在工作簿中并列在“校验结果”工作表' : ''}`].join('\n') + '\n');
    }
    process.exitCode = findings.some((f) => f.severity === 'error') ? EXIT.errorsFound : EXIT.ok;
  });
}
