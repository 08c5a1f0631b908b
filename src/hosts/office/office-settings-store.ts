import { HostError } from '../workbook-host';
import { parseStoredSettings, type SettingsStore, type StoredSettings } from '../host-capabilities';

/** The key under which the pane's settings live in the document. */
export const SETTINGS_KEY = 'wenming.settings';

/**
 * Keeps the pane's settings inside the workbook with `Office.context.document.settings`:
 * Office stores them in the .xlsx (a web-extension part), private to this
 * add-in, saved with the file, invisible on the sheets and not touched by
 * formulas. Chosen over a hidden sheet (users find and break hidden sheets;
 * WPS shows them) and over a custom XML part (no API in Excel on the web before 1.5,
 * and more round trips).
 */
export class OfficeSettingsStore implements SettingsStore {
  readonly settingsKeptInWorkbook = true;

  constructor(private readonly settings: Office.Settings) {}

  async loadStoredSettings(): Promise<StoredSettings | undefined> {
    const raw: unknown = this.settings.get(SETTINGS_KEY);
    return raw === null || raw === undefined ? undefined : parseStoredSettings(raw);
  }

  saveStoredSettings(stored: StoredSettings): Promise<void> {
    this.settings.set(SETTINGS_KEY, JSON.stringify(stored));
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        // A failed call carries an error; comparing `status` would need office.js's runtime enum.
        if (result.error) reject(new HostError(`设置未能保存到工作簿：${result.error.message}`));
        else resolve();
      });
    });
  }
}
