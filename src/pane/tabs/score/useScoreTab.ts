import { useCallback, useMemo, useState } from 'react';
import { tableKey } from '../../core/table-key';
import type { PaneStrings } from '../../strings';
import type { PaneState } from '../../usePane';

/** Entities typed by hand rather than taken from a table. */
export const TYPED_ENTITIES = '';

export interface LevelRow {
  readonly label: string;
  readonly min: string;
}

export interface ScoreTabState {
  readonly strings: PaneStrings;
  readonly ready: boolean;
  readonly rubrics: readonly { readonly value: string; readonly label: string }[];
  readonly rubric?: string;
  readonly entitySources: readonly { readonly value: string; readonly label: string }[];
  readonly entitySource: string;
  readonly typedEntities: string;
  readonly entityCount: number;
  readonly levels: readonly LevelRow[];
  readonly levelsError?: string;
  /** False until the core's score-sheet builder is wired in (the button says 即将推出). */
  readonly builderAvailable: boolean;
  setRubric(key: string): void;
  setEntitySource(key: string): void;
  setTypedEntities(text: string): void;
  setLevel(index: number, level: LevelRow): void;
  addLevel(): void;
  removeLevel(index: number): void;
  build(): void;
}

/**
 * The 评分 tab: which rubric, which entities (a table's communities or units,
 * or typed), and the level thresholds that go into editable cells of the sheet.
 */
export function useScoreTab(pane: PaneState): ScoreTabState {
  const { strings } = pane;
  const analysis = pane.analysis.state.analysis;
  const [rubricChoice, setRubric] = useState<string | undefined>(undefined);
  const [sourceChoice, setEntitySource] = useState<string | undefined>(undefined);
  const [typedEntities, setTypedEntities] = useState('');
  // The user's edits of the thresholds, per rubric; untouched, a rubric shows its own levels.
  const [edited, setEdited] = useState<Record<string, LevelRow[]>>({});

  const rubrics = useMemo(() => (analysis?.tables ?? [])
    .filter((t) => t.kind === 'rubric')
    .map((t) => ({ value: tableKey(t), label: `${t.sheet}：${t.title ?? strings.kinds.rubric}` })), [analysis, strings]);
  const rubric = rubricChoice ?? rubrics[0]?.value;
  const summary = analysis?.rubrics.find((r) => r.tableKey === rubric);
  const levels = (rubric !== undefined ? edited[rubric] : undefined) ?? (summary?.levels ?? []).map((l) => ({ label: l.label, min: String(l.min) }));
  const fullScore = summary?.fullScore ?? 100;

  const sources = analysis?.entitySources ?? [];
  const entitySources = useMemo(() => [
    ...sources.map((s) => ({ value: s.tableKey, label: `${s.sheet}：${s.title ?? strings.kinds.unknown} · ${strings.roles[s.role] ?? s.role}（${s.names.length}）` })),
    { value: TYPED_ENTITIES, label: strings.score.entitiesTyped },
  ], [sources, strings]);
  const entitySource = sourceChoice ?? entitySources[0]?.value ?? TYPED_ENTITIES;
  const entities = entitySource === TYPED_ENTITIES
    ? typedEntities.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== '')
    : sources.find((s) => s.tableKey === entitySource)?.names ?? [];

  const levelsError = useMemo(() => {
    const mins = levels.map((l) => Number(l.min));
    const valid = levels.every((l) => l.label.trim() !== '' && /^\d+(\.\d+)?$/.test(l.min.trim())) && new Set(mins).size === mins.length && mins.every((m) => m >= 0 && m <= fullScore);
    return valid ? undefined : strings.score.thresholdOrder;
  }, [levels, strings, fullScore]);

  const editLevels = useCallback((change: (levels: LevelRow[]) => LevelRow[]) => {
    if (rubric !== undefined) setEdited((all) => ({ ...all, [rubric]: change(levels) }));
  }, [rubric, levels]);
  const setLevel = useCallback((index: number, level: LevelRow) => editLevels((ls) => ls.map((l, i) => (i === index ? level : l))), [editLevels]);
  const addLevel = useCallback(() => editLevels((ls) => [...ls, { label: '', min: '' }]), [editLevels]);
  const removeLevel = useCallback((index: number) => editLevels((ls) => ls.filter((_, i) => i !== index)), [editLevels]);

  return {
    strings,
    ready: analysis !== undefined,
    rubrics,
    rubric,
    entitySources,
    entitySource,
    typedEntities,
    entityCount: entities.length,
    levels,
    levelsError,
    builderAvailable: false,
    setRubric,
    setEntitySource,
    setTypedEntities,
    setLevel,
    addLevel,
    removeLevel,
    // Wired when src/core/scoring/buildScoreSheet.ts lands: a `score` job in core-jobs, applied like an annex.
    build: () => undefined,
  };
}
