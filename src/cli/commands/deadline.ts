import { Option, type Command } from 'commander';
import { describeDeadline } from '../../core/dates/describeDeadline';
import { formatDeadlineDescription } from '../../core/dates/formatDeadlineDescription';
import { parseDeadline } from '../../core/dates/parseDeadline';
import { settingsFromFlags } from '../settings-options';
import { EXIT } from '../usage-error';

interface DeadlineFlags {
  readonly year?: string;
  readonly json?: boolean;
}

/**
 * `wenming deadline <text>... [--year 2024] [--json]`: how the grammar reads each phrase
 * (DOMAIN §7), one readable line each (`10月至12月上旬 → 区间 2024-10-01 至 2024-12-10`) or
 * `{"deadlines":[…]}`. Exit 1 when a phrase names a day that does not exist or a reversed
 * range (what `check` reports as errors), 2 for bad usage.
 */
export function registerDeadline(program: Command): void {
  program
    .command('deadline')
    .description('查看时限短语的读法（截止日期、区间、周期、工作日数等），用于核对“完成时限”一栏')
    .argument('<短语...>', '时限短语，如 10月至12月上旬、每月5日前、5个工作日内（含空格时请加引号）')
    .addOption(new Option('--year <年份>', '没有写年份的短语所用的年份，如 2024（不指定则这类日期无法落到日历上）'))
    .option('--json', '输出 JSON（供程序使用）')
    .action((phrases: string[], flags: DeadlineFlags) => {
      const { year } = settingsFromFlags({ year: flags.year });
      const deadlines = phrases.map((text) => describeDeadline(parseDeadline(text, { year })));
      if (flags.json) process.stdout.write(`${JSON.stringify({ deadlines })}\n`);
      else process.stdout.write(`${deadlines.map((d) => `${d.text} → ${formatDeadlineDescription(d)}`).join('\n')}\n`);
      const errors = deadlines.some((d) => d.reason === 'nonexistent-day' || d.reversed);
      process.exitCode = errors ? EXIT.errorsFound : EXIT.ok;
    });
}
