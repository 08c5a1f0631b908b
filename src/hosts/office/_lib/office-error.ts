import { HostError } from '../../workbook-host';

/** Office.js error codes we explain to the user (Microsoft, "Error handling with the application-specific JavaScript APIs"). */
const MESSAGES: Readonly<Record<string, string>> = {
  ItemNotFound: '找不到要修改的工作表或单元格，可能已被删除或改名。请重新读取工作簿后再试。',
  ItemAlreadyExists: '已存在同名的工作表。请重新读取工作簿后再试。',
  AccessDenied: '工作簿或工作表受保护，无法修改。请先撤销保护。',
  InvalidOperation: 'Excel 拒绝了这项修改（单元格可能正在编辑，或工作表受保护）。请按 Esc 退出编辑后再试。',
  InvalidArgument: 'Excel 不接受这项修改的参数。请把工作簿和这条提示反馈给开发者。',
  RequestPayloadSizeLimitExceeded: '一次写入的数据超过了 Excel 网页版 5 MB 的请求上限。',
  ResponsePayloadSizeLimitExceeded: '一次读取的数据超过了 Excel 网页版 5 MB 的响应上限。',
  EditModeCannotAcquireLock: '单元格正在编辑中。请按 Enter 或 Esc 结束编辑后再试。',
  Conflict: '工作簿正被其他人修改，请稍后再试。',
};

/** The Office.js error code of a thrown error, if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns an Office.js error into a HostError whose message the pane shows as it is. */
export function toHostError(error: unknown): Error {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  const message = code ? MESSAGES[code] : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  return new HostError(message ? `${message}（${code}）` : `Excel 操作失败：${detail}`);
}
