import type { InversePlan } from '../core/edit-plan/inverse-plan';
import type { EditPlan } from '../core/edit-plan/edit-plan';
import type { RecognizedKind } from '../core/recognize/table-kind';
import { parseCorrections, type RecognitionCorrections } from '../core/recognize/corrections';
import type { Settings } from '../core/settings';
import type { ApplyReport, WorkbookHost } from './workbook-host';

/**
 * Optional abilities a WorkbookHost may have beyond the interface every host
 * implements. The task pane checks for them with the guards below, so it runs
 * unchanged on any host and does better where a host can.
 */

/** An apply that also returns the plan that undoes it (撤销上次修改). */
export interface UndoableApplyReport extends ApplyReport {
  readonly undo: InversePlan;
}

export interface UndoableApply {
  /**
   * Applies a plan after reading what it overwrites (values or formulas,
   * number formats, fills, notes, replaced sheets). The Office.js host reads
   * them in the same `context.sync()` as the writes.
   */
  applyEditPlanWithUndo(plan: EditPlan): Promise<UndoableApplyReport>;
}

/** What the pane keeps in the workbook: the 设置 tab and the kinds the user chose on 识别. */
export interface StoredSettings {
  readonly version: 1;
  readonly settings: Settings;
  /** Table kind chosen by the user, keyed by `tableKey` (`附件1!A3`). */
  readonly kindOverrides: Readonly<Record<string, RecognizedKind>>;
  /** Kinds, header rows and column roles the user corrected (识别 tab, `wenming recognize --map … -o`). */
  readonly corrections?: RecognitionCorrections;
}

/** Nothing stored yet. */
export const EMPTY_STORED_SETTINGS: StoredSettings = { version: 1, settings: {}, kindOverrides: {} };

export interface SettingsStore {
  /** True when the settings travel with the workbook file; false when they last for the session only. */
  readonly settingsKeptInWorkbook: boolean;
  loadStoredSettings(): Promise<StoredSettings | undefined>;
  saveStoredSettings(settings: StoredSettings): Promise<void>;
}

export function canApplyWithUndo(host: WorkbookHost): host is WorkbookHost & UndoableApply {
  return typeof (host as Partial<UndoableApply>).applyEditPlanWithUndo === 'function';
}

export function hasSettingsStore(host: WorkbookHost): host is WorkbookHost & SettingsStore {
  const store = host as Partial<SettingsStore>;
  return typeof store.loadStoredSettings === 'function' && typeof store.saveStoredSettings === 'function';
}

/**
 * Reads stored settings from JSON text, keeping only well-formed fields:
 * settings written by an older or newer version never break the pane.
 */
export function parseStoredSettings(json: unknown): StoredSettings | undefined {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      return undefined;
    }
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as { settings?: unknown; kindOverrides?: unknown; corrections?: unknown };
  const settings = typeof record.settings === 'object' && record.settings !== null ? (record.settings as Settings) : {};
  const kindOverrides = typeof record.kindOverrides === 'object' && record.kindOverrides !== null
    ? Object.fromEntries(Object.entries(record.kindOverrides as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, RecognizedKind>
    : {};
  const corrections = record.corrections === undefined ? undefined : parseCorrections(record.corrections).corrections;
  return { version: 1, settings, kindOverrides, ...(corrections && corrections.tables.length > 0 ? { corrections } : {}) };
}
