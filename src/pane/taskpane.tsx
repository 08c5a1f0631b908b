import { createRoot } from 'react-dom/client';
import { OfficeHost } from '../hosts/office/office-host';
import { createCoreRunner } from './core/create-core-runner';
import { PaneApp } from './PaneApp';
import { stringsFor } from './strings';

/**
 * The task pane's entry in Excel: waits for office.js, builds the Office.js
 * host and renders the pane. Nothing here talks to the network besides
 * office.js itself, loaded from Microsoft's CDN as Office requires.
 */
const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root');
const root = createRoot(container);

void Office.onReady(async () => {
  const strings = stringsFor(Office.context.displayLanguage);
  try {
    const host = await OfficeHost.forRunningExcel();
    root.render(<PaneApp host={host} strings={strings} core={createCoreRunner()} />);
  } catch (error) {
    // Outside Excel (opened in a plain browser) there is no workbook to talk to.
    container.textContent = `${strings.common.errorTitle}：${error instanceof Error ? error.message : String(error)}`;
  }
});
