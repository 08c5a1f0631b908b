/**
 * Shows the ribbon command's result in a small Office dialog (ribbon-result.html) and resolves
 * when the user closes it. A function command has no UI of its own; the Dialog API is how it
 * talks to the user in Excel (Microsoft, "Use the Office dialog API in Office Add-ins",
 * learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins: a dialog may be
 * opened from an add-in command). The text travels in the query string, so no DialogApi 1.2
 * `messageChild` is needed.
 */

/** The dialog page's query: `?title=…&line=…&line=…`, at most this many characters of text. */
const MAX_TEXT = 1500;

/** Dialog size in percent of the Excel window (Office.DialogOptions height/width). */
const SIZE = { height: 30, width: 30 };

/** Office's code for "the user closed the dialog" (DialogEventReceived). */
const DIALOG_CLOSED = 12006;

/** The dialog page's address for a message, beside the function file (same origin, as Office requires). */
export function ribbonResultUrl(pageUrl: string, message: { readonly title: string; readonly lines: readonly string[] }): string {
  const url = new URL('ribbon-result.html', pageUrl);
  url.searchParams.set('title', message.title);
  let budget = MAX_TEXT;
  for (const line of message.lines) {
    if (budget <= 0) break;
    url.searchParams.append('line', line.slice(0, budget));
    budget -= line.length;
  }
  return url.href;
}

/**
 * Opens the dialog; resolves once it is closed (by its 关闭 button or the window's ×), or at
 * once when it cannot open (then the message goes to the console, as before).
 */
export function showRibbonResult(message: { readonly title: string; readonly lines: readonly string[] }): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(ribbonResultUrl(location.href, message), { ...SIZE, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(`无法显示校验结果（${result.error.code} ${result.error.message}）：${message.title}：${message.lines.join(' ')}`);
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (event) => {
        if ('error' in event && event.error !== DIALOG_CLOSED) console.error(`校验结果对话框出错（${event.error}）`);
        resolve();
      });
    });
  });
}
