import { Command, CommanderError } from 'commander';
import { HostError } from '../hosts/workbook-host';
import { registerAnnex } from './commands/annex';
import { registerCheck } from './commands/check';
import { registerDeadline } from './commands/deadline';
import { registerFix } from './commands/fix';
import { registerRecognize } from './commands/recognize';
import { registerScore } from './commands/score';
import { EXIT, UsageError } from './usage-error';

/** Builds the `wenming` program; tests call it with their own argv. */
export function buildProgram(): Command {
  const program = new Command('wenming')
    .description('文明创建表格助手：识别、校验、评分与公文附件')
    .version('0.1.0', '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [命令]', '显示某个命令的帮助')
    .showHelpAfterError('（用 --help 查看用法）')
    .configureOutput({
      writeOut: (text) => process.stdout.write(translateHelp(text)),
      outputError: (text, write) => write(translateCommanderError(text)),
    })
    .exitOverride();
  registerCheck(program);
  registerRecognize(program);
  registerFix(program);
  registerScore(program);
  registerAnnex(program);
  registerDeadline(program);
  return program;
}

/** Commander's help headings are English; users read them in Chinese. */
function translateHelp(text: string): string {
  return text
    .replace(/^Usage:/gm, '用法：')
    .replace(/^Options:/gm, '选项：')
    .replace(/^Commands:/gm, '命令：')
    .replace(/^Arguments:/gm, '参数：')
    .replace(/\[options\]/g, '[选项]')
    .replace(/\[command\]/g, '[命令]')
    .replace(/\(default: "([^"]*)"\)/g, '（默认：$1）');
}

/** Commander's own messages (commander 14, `lib/command.js`) and the Chinese users read instead. */
const COMMANDER_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/^error: missing required argument '(.+)'/m, '错误：缺少参数 $1'],
  [/^error: required option '(.+)' not specified/m, '错误：缺少必填选项 $1'],
  [/^error: unknown option '(.+?)'/m, '错误：未知选项 $1'],
  [/^error: unknown command '(.+?)'/m, '错误：未知命令 $1'],
  [/^error: option '(.+)' argument missing/m, '错误：选项 $1 缺少取值'],
  [/^error: option '(.+)' argument '(.*)' is invalid\./m, '错误：选项 $1 的取值“$2”无效'],
  [/^error: command-argument value '(.*)' is invalid for argument '(.+)'\./m, '错误：参数 $2 的取值“$1”无效'],
  [/^error: option '(.+)' cannot be used with option '(.+)'$/m, '错误：选项 $1 不能与选项 $2 同时使用'],
  [/^error: (.+) cannot be used with (.+)$/m, '错误：$1 不能与 $2 同时使用'],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\./m, '错误：参数过多（应为 $2 个，收到 $3 个）'],
  [/^\(Did you mean one of (.+)\?\)$/m, '（是否想用其中之一：$1？）'],
  [/^\(Did you mean (.+)\?\)$/m, '（是否想用 $1？）'],
];

/** Commander's own messages are English; users get them in Chinese. */
export function translateCommanderError(text: string): string {
  return COMMANDER_MESSAGES.reduce((out, [english, chinese]) => out.replace(english, chinese), text);
}

/** Runs the CLI and returns the exit code (0 ok, 1 errors found, 2 bad usage). */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  for (const command of program.commands) command.exitOverride();
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof HostError) {
      process.stderr.write(`错误：${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
