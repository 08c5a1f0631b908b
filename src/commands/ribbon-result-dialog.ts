/**
 * ribbon-result.html: shows the title and lines from its query string (see show-ribbon-result.ts);
 * 关闭 tells the function file, which closes the dialog (`Office.context.ui.messageParent`).
 */
const params = new URLSearchParams(location.search);
document.getElementById('title')!.textContent = params.get('title') ?? '文明创建表格助手';
const lines = document.getElementById('lines')!;
for (const line of params.getAll('line')) {
  const p = document.createElement('p');
  p.textContent = line;
  lines.append(p);
}

const closeButton = document.getElementById('close') as HTMLButtonElement;
closeButton.addEventListener('click', () => {
  if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent('close');
  else window.close();
});
if (typeof Office !== 'undefined') void Office.onReady(() => closeButton.focus());

export {};
