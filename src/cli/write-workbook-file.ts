import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { XlsxHost } from '../hosts/xlsx/xlsx-host';
import { UsageError } from './usage-error';

/** Refuses an output path equal to the input: the user's file is never modified. */
export function assertDistinctOutput(input: string, output: string | undefined): string {
  if (!output) throw new UsageError('请用 -o 指定输出文件，例如 -o 结果.xlsx（原文件不会被修改）');
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`输出文件应以 .xlsx 结尾：${output}`);
  if (resolve(input) === resolve(output)) throw new UsageError('输出文件不能与输入文件相同：本工具从不修改原文件，请另取一个文件名');
  return output;
}

export async function writeWorkbookFile(host: XlsxHost, path: string): Promise<void> {
  try {
    await writeFile(path, await host.toBuffer());
  } catch (error) {
    throw new UsageError(`无法写入 ${path}：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件夹不存在' : (error as Error).message}`);
  }
}
