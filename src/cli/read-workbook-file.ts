import { readFile } from 'node:fs/promises';
import { XlsxHost } from '../hosts/xlsx/xlsx-host';
import { UsageError } from './usage-error';

/** Opens an .xlsx from disk; a missing or unreadable file is a UsageError in Chinese. */
export async function readWorkbookFile(path: string): Promise<XlsxHost> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`找不到文件：${path}`);
    if (code === 'EISDIR') throw new UsageError(`这是一个文件夹，不是 .xlsx 文件：${path}`);
    throw new UsageError(`无法读取文件 ${path}：${(error as Error).message}`);
  }
  if (/\.xls$/i.test(path)) throw new UsageError(`暂不支持旧版 .xls 文件：${path}。请在 Excel 或 WPS 中另存为 .xlsx 后再试。`);
  try {
    return await XlsxHost.fromBuffer(bytes);
  } catch (error) {
    throw new UsageError(`${path}：${(error as Error).message}`);
  }
}
