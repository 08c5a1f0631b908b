import { useCallback, useMemo } from 'react';
import { columnLetter } from '../../../core/grid/a1';
import { summarizeTable } from '../../../core/recognize/table-summary';
import { TABLE_KINDS, type RecognizedKind } from '../../../core/recognize/table-kind';
import { tableKey } from '../../core/table-key';
import { roleName, type PaneStrings } from '../../strings';
import type { PaneState } from '../../usePane';

export interface TableView {
  readonly key: string;
  readonly kind: RecognizedKind;
  readonly overridden: boolean;
  readonly title?: string;
  readonly annexLabel?: string;
  readonly range: string | null;
  readonly headerRows: string;
  readonly dataRows: number;
  readonly declaredCount?: number;
  readonly repeatedHeaders: number;
  readonly columns: readonly { readonly letter: string; readonly role: string; readonly header: string }[];
}

export interface RecognizeTabState {
  readonly strings: PaneStrings;
  readonly ready: boolean;
  readonly sheets: readonly { readonly name: string; readonly tables: readonly TableView[] }[];
  readonly kindOptions: readonly { readonly value: RecognizedKind; readonly label: string }[];
  setKind(key: string, kind: RecognizedKind): void;
}

/** The 识别 tab: recognised tables per sheet, and the user's kind corrections saved in settings. */
export function useRecognizeTab(pane: PaneState): RecognizeTabState {
  const { strings, settings } = pane;
  const { workbook, analysis } = pane.analysis.state;

  const sheets = useMemo(() => {
    if (!workbook || !analysis) return [];
    return workbook.sheets.map((grid) => ({
      name: grid.name,
      tables: analysis.tables
        .filter((t) => t.sheet === grid.name)
        .map((table): TableView | undefined => {
          const summary = summarizeTable(table);
          if (summary.range === null) return undefined;
          const key = tableKey(table);
          return {
            key,
            kind: table.kind,
            overridden: analysis.recognizedKinds[key] !== undefined && analysis.recognizedKinds[key] !== table.kind,
            title: table.title,
            annexLabel: table.annexLabel,
            range: summary.range,
            headerRows: summary.headerRows.join('、'),
            dataRows: summary.dataRows,
            declaredCount: table.declaredCount,
            repeatedHeaders: table.repeatedHeaderRows.length,
            columns: table.columns.map((c) => ({ letter: columnLetter(c.col), role: roleName(strings, c.role), header: c.header.replace(/\s+/g, ' ') })),
          };
        })
        .filter((t): t is TableView => t !== undefined),
    }));
  }, [workbook, analysis, strings]);

  const kindOptions = useMemo(() => [...TABLE_KINDS, 'unknown' as const].map((value) => ({ value, label: strings.kinds[value] })), [strings]);

  const setKind = useCallback((key: string, kind: RecognizedKind) => {
    const stored = settings.stored;
    if (!stored || !analysis) return;
    const overrides = { ...stored.kindOverrides };
    // Choosing what the recogniser said removes the override.
    if (analysis.recognizedKinds[key] === kind) delete overrides[key];
    else overrides[key] = kind;
    void settings.save({ ...stored, kindOverrides: overrides });
  }, [settings, analysis]);

  return { strings, ready: analysis !== undefined, sheets, kindOptions, setKind };
}
