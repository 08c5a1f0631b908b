import { useCallback, useEffect, useState } from 'react';
import { EMPTY_STORED_SETTINGS, hasSettingsStore, type StoredSettings } from '../../hosts/host-capabilities';
import { usePaneEnvironment } from '../pane-context';

export { EMPTY_STORED_SETTINGS };

export interface StoredSettingsState {
  /** Undefined while the workbook's settings load. */
  readonly stored: StoredSettings | undefined;
  /** True when the host keeps settings in the workbook (Excel); false in memory only. */
  readonly persistent: boolean;
  save(next: StoredSettings): Promise<void>;
}

/** Loads the pane's settings from the workbook once, and saves them back on demand. */
export function useStoredSettings(): StoredSettingsState {
  const { host } = usePaneEnvironment();
  const [stored, setStored] = useState<StoredSettings | undefined>(undefined);
  const persistent = hasSettingsStore(host) && host.settingsKeptInWorkbook;

  useEffect(() => {
    let live = true;
    const load = hasSettingsStore(host) ? host.loadStoredSettings().catch(() => undefined) : Promise.resolve(undefined);
    void load.then((loaded) => {
      if (live) setStored(loaded ?? EMPTY_STORED_SETTINGS);
    });
    return () => {
      live = false;
    };
  }, [host]);

  const save = useCallback(async (next: StoredSettings) => {
    if (hasSettingsStore(host)) await host.saveStoredSettings(next);
    setStored(next);
  }, [host]);

  return { stored, persistent, save };
}
