import type { CampaignPeriod, InferableSetting, InferredSettings, SettingEvidence, Settings } from '../../core/settings';
import type { PaneStrings } from '../strings';
import type { SettingsForm } from './validate-settings';

/** The places a hint stands in the 设置 form: under a field, or under the pair of period fields. */
export type HintPlace = InferableSetting | 'today';

/** What the form says under a field. */
export interface FieldHint {
  /**
   * `inferred`: the empty field takes the workbook's value; `missing`: nothing to take; `overrides`:
   * the user's value wins; `unused`: the workbook's value contradicts another setting the user gave.
   */
  readonly kind: 'inferred' | 'missing' | 'overrides' | 'unused' | 'today';
  readonly text: string;
  /** Other values the workbook holds for it: the user should check them. */
  readonly conflicts: readonly string[];
}

export interface SettingsHints {
  readonly hints: Readonly<Partial<Record<HintPlace, FieldHint>>>;
  /** Grey text in an empty field: the value that will be used, never an example that looks like one. */
  readonly placeholders: Readonly<Record<keyof SettingsForm, string>>;
}

/** What the analysis tells the form: every value the workbook holds, and the settings the checks ran with. */
export interface SettingsHintSource {
  readonly inferable: InferredSettings;
  /** The inferred settings the checks used (`inferable` less what the user's settings contradict). */
  readonly inferred: InferredSettings;
  readonly settings: Settings;
}

/** Long cell texts (a whole paragraph) are cut in a narrow pane. */
const QUOTE_LENGTH = 30;
const quote = (text: string): string => (text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text);
const where = (e: SettingEvidence<unknown>): string => `“${e.sheet}”!${e.cell}`;
const shown = (value: unknown): string => {
  if (typeof value === 'object' && value !== null) {
    const period = value as CampaignPeriod;
    return `${period.start} 至 ${period.end}`;
  }
  return String(value);
};

const FIELDS_OF: Readonly<Record<InferableSetting, readonly (keyof SettingsForm)[]>> = {
  year: ['year'], period: ['periodStart', 'periodEnd'], issued: ['issued'], areaCode: ['areaCode'],
};

/**
 * The hints and placeholders of the 设置 form, from what the user has typed and what the
 * workbook says: an empty field shows the inferred value in grey with the cell it came from
 * (`从“通知”!A1 推断：鹤创文办〔2020〕5号`), or says plainly that nothing was found; a filled one
 * says what it overrides. Other values the workbook holds are listed for checking.
 * Before the analysis is ready (`source` undefined) the fields say the workbook is being read.
 */
export function settingsHints(form: SettingsForm, source: SettingsHintSource | undefined, strings: PaneStrings): SettingsHints {
  const t = strings.settings;
  const placeholders: Record<keyof SettingsForm, string> = {
    year: '', periodStart: t.datePlaceholder, periodEnd: t.datePlaceholder, issued: t.datePlaceholder, today: t.datePlaceholder, areaCode: '', dueSoonDays: '7',
  };
  const hints: Partial<Record<HintPlace, FieldHint>> = {};
  for (const setting of ['year', 'period', 'issued', 'areaCode'] as const) {
    const filled = FIELDS_OF[setting].some((f) => form[f].trim() !== '');
    const inferred = source?.inferable[setting];
    const conflicts = (inferred?.conflicts ?? []).map((c: SettingEvidence<unknown>) => t.conflict(shown(c.value), where(c), quote(c.text)));
    if (!source) {
      if (!filled) hints[setting] = { kind: 'missing', text: t.reading, conflicts: [] };
    } else if (filled) {
      if (inferred) {
        const same = FIELDS_OF[setting].map((f) => form[f].trim()).join(' 至 ') === shown(inferred.value);
        hints[setting] = { kind: 'overrides', text: same ? t.agrees(where(inferred)) : t.overrides(shown(inferred.value), where(inferred)), conflicts: [] };
      }
    } else if (inferred && !source.inferred[setting]) {
      hints[setting] = { kind: 'unused', text: t.unused(shown(inferred.value), where(inferred)), conflicts: [] };
    } else if (inferred) {
      hints[setting] = { kind: 'inferred', text: t.inferredFrom(where(inferred), quote(inferred.text)), conflicts };
      if (setting === 'period') {
        const period = inferred.value as CampaignPeriod;
        placeholders.periodStart = period.start;
        placeholders.periodEnd = period.end;
      } else {
        placeholders[FIELDS_OF[setting][0]] = String(inferred.value);
      }
    } else {
      hints[setting] = { kind: 'missing', text: t.notInferred, conflicts: [] };
    }
  }
  if (form.today.trim() === '' && source) {
    const clock = source.settings.today;
    if (clock) placeholders.today = clock;
    hints.today = { kind: 'today', text: clock ? t.todayFromClock(clock) : t.todayRule, conflicts: [] };
  }
  return { hints, placeholders };
}
