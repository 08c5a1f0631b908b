import { createRoot } from 'react-dom/client';
import { OfficeHost } from '../hosts/office/office-host';
import { createCoreRunner } from './core/create-core-runner';
import { startInExcel } from './outside-office';
import { PaneApp } from './PaneApp';
import { stringsFor } from './strings';

/**
 * The task pane's entry in Excel: waits for office.js, builds the Office.js
 * host and renders the pane. Nothing here talks to the network besides
 * office.js itself (Microsoft's CDN, or our own origin with --env officejs=local).
 * Outside Excel, or without office.js, it says so in Chinese instead of loading forever.
 */
const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root');

startInExcel(container, async () => {
  const strings = stringsFor(Office.context.displayLanguage);
  try {
    const host = await OfficeHost.forRunningExcel();
    createRoot(container).render(<PaneApp host={host} strings={strings} core={createCoreRunner()} />);
  } catch (error) {
    container.textContent = `${strings.common.errorTitle}：${error instanceof Error ? error.message : String(error)}`;
  }
});
