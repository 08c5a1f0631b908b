import { useCallback, useMemo, useState } from 'react';
import { ANNEX_KINDS, sourceKindOf, type AnnexKind } from '../../../core/annex/annex-kind';
import { isBuiltAnnex } from '../../../core/annex/annex-sheet-name';
import type { RecognizedTable } from '../../../core/recognize/recognized-table';
import type { PaneStrings } from '../../strings';
import type { PaneState } from '../../usePane';

/** The value of the "blank template" source. */
export const TEMPLATE_SOURCE = '';

export interface AnnexSourceOption {
  /** The sheet name, or TEMPLATE_SOURCE. */
  readonly value: string;
  readonly label: string;
  readonly tables: readonly RecognizedTable[];
}

export interface AnnexTabState {
  readonly strings: PaneStrings;
  readonly ready: boolean;
  readonly busy: boolean;
  readonly kinds: readonly { readonly value: AnnexKind; readonly label: string }[];
  readonly kind: AnnexKind;
  readonly sources: readonly AnnexSourceOption[];
  readonly source: string;
  readonly number: string;
  readonly numberError?: string;
  readonly title: string;
  readonly maskPhones: boolean;
  setKind(kind: AnnexKind): void;
  setSource(source: string): void;
  setNumber(number: string): void;
  setTitle(title: string): void;
  setMaskPhones(mask: boolean): void;
  build(): void;
}

/** The 附件 tab: annex kind, the sheet whose tables feed it, number, title, masking; built by the core's annex builder. */
export function useAnnexTab(pane: PaneState): AnnexTabState {
  const { strings, edits } = pane;
  const { workbook, analysis } = pane.analysis.state;
  const [kind, setKindState] = useState<AnnexKind>('pairing-plan');
  const [chosenSource, setSource] = useState<string | undefined>(undefined);
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [maskPhones, setMaskPhones] = useState(false);
  const [numberError, setNumberError] = useState<string | undefined>(undefined);

  const kinds = useMemo(() => ANNEX_KINDS.map((value) => ({ value, label: value === 'score-summary' ? strings.annex.scoreSummary : strings.kinds[value] })), [strings]);

  const sources = useMemo((): AnnexSourceOption[] => {
    if (!workbook || !analysis) return [];
    const wanted = sourceKindOf(kind);
    const options = workbook.sheets
      .filter((grid) => !isBuiltAnnex(grid))
      .map((grid) => ({ grid, tables: analysis.tables.filter((t) => t.sheet === grid.name && t.kind === wanted) }))
      .filter(({ tables }) => tables.length > 0)
      .map(({ grid, tables }) => ({ value: grid.name, label: strings.annex.sourceOption(grid.name, tables.length, tables[0].title ?? strings.kinds[wanted]), tables }));
    return [...options, { value: TEMPLATE_SOURCE, label: strings.annex.template, tables: [] }];
  }, [workbook, analysis, kind, strings]);

  const source = chosenSource !== undefined && sources.some((s) => s.value === chosenSource) ? chosenSource : sources[0]?.value ?? TEMPLATE_SOURCE;
  const sourceTables = sources.find((s) => s.value === source)?.tables ?? [];

  const setKind = useCallback((next: AnnexKind) => {
    setKindState(next);
    setSource(undefined);
  }, []);

  const build = useCallback(() => {
    if (!workbook) return;
    const typed = number.trim();
    if (typed !== '' && !(/^\d{1,3}$/.test(typed) && Number(typed) >= 1)) {
      setNumberError(strings.annex.invalidNumber);
      return;
    }
    setNumberError(undefined);
    void edits.applyBuilt({
      job: 'annex',
      workbook,
      kind,
      ...(source === TEMPLATE_SOURCE ? {} : { sheet: source }),
      tables: sourceTables,
      options: {
        ...(typed ? { number: Number(typed) } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        maskPhones,
        // The area code the checks used: the user's, else the one the workbook's landlines carry.
        ...(analysis?.settings.areaCode ? { areaCode: analysis.settings.areaCode } : {}),
      },
    });
  }, [workbook, number, strings, edits, kind, source, sourceTables, title, maskPhones, analysis]);

  return {
    strings,
    ready: analysis !== undefined,
    busy: pane.busy !== undefined,
    kinds,
    kind,
    sources,
    source,
    number,
    numberError,
    title,
    maskPhones,
    setKind,
    setSource,
    setNumber,
    setTitle,
    setMaskPhones,
    build,
  };
}
