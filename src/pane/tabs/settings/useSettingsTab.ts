import { useCallback, useEffect, useMemo, useState } from 'react';
import { settingsHints, type SettingsHints } from '../../settings/settings-hints';
import { formFromSettings, validateSettingsForm, type SettingsForm, type SettingsFormErrors } from '../../settings/validate-settings';
import type { PaneStrings } from '../../strings';
import type { PaneState } from '../../usePane';

export const SETTINGS_FIELDS = ['year', 'periodStart', 'periodEnd', 'issued', 'today', 'areaCode', 'dueSoonDays'] as const;

export interface SettingsTabState {
  readonly strings: PaneStrings;
  readonly form: SettingsForm;
  readonly errors: SettingsFormErrors;
  /** Under each field: the value read from the workbook and its cell, or that none was found. */
  readonly hints: SettingsHints['hints'];
  readonly placeholders: SettingsHints['placeholders'];
  readonly persistent: boolean;
  readonly saving: boolean;
  readonly savedText?: string;
  readonly saveError?: string;
  setField(field: keyof SettingsForm, value: string): void;
  save(): void;
}

/**
 * The 设置 tab: a form over the stored settings, validated before it is saved into the workbook.
 * An empty field means "what the workbook says": the hints show that value and its cell.
 */
export function useSettingsTab(pane: PaneState): SettingsTabState {
  const { strings, settings } = pane;
  const analysis = pane.analysis.state.analysis;
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings.stored?.settings ?? {}));
  const [errors, setErrors] = useState<SettingsFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [savedText, setSavedText] = useState<string | undefined>(undefined);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);

  // The stored settings arrive after the first render (they are read from the workbook).
  useEffect(() => {
    if (settings.stored) setForm(formFromSettings(settings.stored.settings));
  }, [settings.stored]);

  const setField = useCallback((field: keyof SettingsForm, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setSavedText(undefined);
  }, []);

  const save = useCallback(() => {
    const result = validateSettingsForm(form, strings);
    setErrors(result.errors);
    if (!result.settings || !settings.stored) return;
    setSaving(true);
    setSaveError(undefined);
    settings.save({ ...settings.stored, settings: result.settings })
      .then(() => setSavedText(settings.persistent ? strings.settings.saved : strings.settings.savedInMemory))
      .catch((error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)))
      .finally(() => setSaving(false));
  }, [form, settings, strings]);

  const { hints, placeholders } = useMemo(() => settingsHints(form, analysis, strings), [form, analysis, strings]);

  return { strings, form, errors, hints, placeholders, persistent: settings.persistent, saving, savedText, saveError, setField, save };
}
