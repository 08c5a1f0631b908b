/**
 * What taskpane.html shows when it is not running inside Excel: opened in a plain browser,
 * or in a network where office.js could not be loaded. Without this the page would stay on
 * 正在加载… forever, since `Office.onReady` either never runs or reports no host.
 */

/** Why the pane cannot start: office.js missing, a host other than Excel, or no answer from Office in time. */
export type OutsideOfficeReason = 'noOfficeJs' | 'notExcel' | 'timeout';

/** How long to wait for Office before saying so; Excel answers within a second or two. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

const DETAIL: Readonly<Record<OutsideOfficeReason, string>> = {
  noOfficeJs: '未能加载 office.js：本机可能无法访问 Microsoft 的 CDN。请管理员用 npm run build -- --env officejs=local 重新构建（见 docs/deploy.md）。',
  notExcel: '本页是文明创建表格助手的任务窗格，需要由 Excel 加载（“开始”选项卡 → “文明创建” → “表格助手”）。',
  timeout: 'Office 长时间没有响应，本页可能不是在 Excel 中打开的。',
};

/**
 * Replaces the container's content with the Chinese page:
 * “请在 Excel 中打开本加载项；没有 Excel 时可用演示页：playground.html”, and the reason.
 */
export function showOutsideOffice(container: HTMLElement, reason: OutsideOfficeReason): void {
  const doc = container.ownerDocument;
  const page = doc.createElement('div');
  page.setAttribute('data-testid', 'outside-office');
  page.setAttribute('data-reason', reason);
  page.setAttribute('role', 'alert');
  page.style.cssText = 'font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; line-height: 1.7; padding: 16px; max-width: 36em;';
  const title = doc.createElement('p');
  title.style.fontWeight = '600';
  const link = doc.createElement('a');
  link.href = 'playground.html';
  link.textContent = '演示页（playground.html）';
  title.append('请在 Excel 中打开本加载项；没有 Excel 时可用演示页：', link);
  const detail = doc.createElement('p');
  detail.textContent = DETAIL[reason];
  const english = doc.createElement('p');
  english.lang = 'en';
  english.style.color = 'GrayText';
  english.textContent = 'Open this add-in from Excel. Without Excel, try the playground.';
  page.append(title, detail, english);
  container.replaceChildren(page);
}

/**
 * Runs `start` once Office reports Excel; otherwise shows the Chinese page. Office.onReady
 * resolves with `host: null` in a plain browser (Microsoft, "Initialize your Office Add-in",
 * learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in); when office.js is missing
 * or never answers, the page appears after `timeoutMs`, and Excel answering later still starts the pane.
 */
export function startInExcel(container: HTMLElement, start: () => void | Promise<void>, timeoutMs = OFFICE_READY_TIMEOUT_MS): void {
  if (typeof Office === 'undefined') {
    showOutsideOffice(container, 'noOfficeJs');
    return;
  }
  const timer = setTimeout(() => showOutsideOffice(container, 'timeout'), timeoutMs);
  void Office.onReady((info) => {
    clearTimeout(timer);
    if (info.host === Office.HostType.Excel) return start();
    showOutsideOffice(container, 'notExcel');
  });
}
