import { useCallback, useMemo, useState } from 'react';
import { tableKey } from '../../core/table-key';
import type { PaneStrings } from '../../strings';
import type { PaneState } from '../../usePane';
import { describeScoreSheet } from './describe-score-sheet';
import { levelsAreValid, lowestLevel, shareOf, type LevelRow } from './score-options';

export type { LevelRow } from './score-options';

/** Entities typed by hand rather than taken from a table. */
export const TYPED_ENTITIES = '';

export interface ScoreTabState {
  readonly strings: PaneStrings;
  readonly ready: boolean;
  readonly busy: boolean;
  readonly rubrics: readonly { readonly value: string; readonly label: string }[];
  readonly rubric?: string;
  readonly entitySources: readonly { readonly value: string; readonly label: string }[];
  readonly entitySource: string;
  readonly typedEntities: string;
  readonly entityCount: number;
  readonly levels: readonly LevelRow[];
  readonly levelsError?: string;
  /** The goal: this level or above for `targetShare` percent of the entities (absent without levels). */
  readonly targetLevel?: string;
  readonly targetShare: string;
  readonly shareError?: string;
  readonly protect: boolean;
  /** Why the build button is off, when it is (no rubric, no entities…). */
  readonly blocked?: string;
  /** The last change can be undone (a score sheet just built is removed). */
  readonly canUndo: boolean;
  setRubric(key: string): void;
  setEntitySource(key: string): void;
  setTypedEntities(text: string): void;
  setLevel(index: number, level: LevelRow): void;
  addLevel(): void;
  removeLevel(index: number): void;
  setTargetLevel(label: string): void;
  setTargetShare(share: string): void;
  setProtect(protect: boolean): void;
  build(): void;
  undo(): void;
}

/**
 * The 评分 tab: which rubric, which entities (a table's communities or units,
 * or typed), the level thresholds and the goal that go into editable cells of
 * the sheet; 生成评分表 runs the core's score-sheet builder in the worker.
 */
export function useScoreTab(pane: PaneState): ScoreTabState {
  const { strings, edits } = pane;
  const { workbook, analysis } = pane.analysis.state;
  const [rubricChoice, setRubric] = useState<string | undefined>(undefined);
  const [sourceChoice, setEntitySource] = useState<string | undefined>(undefined);
  const [typedEntities, setTypedEntities] = useState('');
  // The user's edits of the thresholds, per rubric; untouched, a rubric shows its own levels.
  const [edited, setEdited] = useState<Record<string, LevelRow[]>>({});
  const [targetChoice, setTargetLevel] = useState<string | undefined>(undefined);
  const [targetShare, setTargetShare] = useState('50');
  const [protect, setProtect] = useState(false);

  const rubrics = useMemo(() => (analysis?.tables ?? [])
    .filter((t) => t.kind === 'rubric')
    .map((t) => ({ value: tableKey(t), label: `${t.sheet}：${t.title ?? strings.kinds.rubric}` })), [analysis, strings]);
  const rubric = rubricChoice !== undefined && rubrics.some((r) => r.value === rubricChoice) ? rubricChoice : rubrics[0]?.value;
  const summary = analysis?.rubrics.find((r) => r.tableKey === rubric);
  const levels = (rubric !== undefined ? edited[rubric] : undefined) ?? (summary?.levels ?? []).map((l) => ({ label: l.label, min: String(l.min) }));
  const fullScore = summary?.fullScore ?? 100;

  const sources = analysis?.entitySources ?? [];
  const entitySources = useMemo(() => [
    ...sources.map((s) => ({ value: s.tableKey, label: `${s.sheet}：${s.title ?? strings.kinds.unknown} · ${strings.roles[s.role] ?? s.role}（${s.names.length}）` })),
    { value: TYPED_ENTITIES, label: strings.score.entitiesTyped },
  ], [sources, strings]);
  const entitySource = sourceChoice !== undefined && entitySources.some((s) => s.value === sourceChoice) ? sourceChoice : entitySources[0]?.value ?? TYPED_ENTITIES;
  const source = sources.find((s) => s.tableKey === entitySource);
  const entities = useMemo(() => (entitySource === TYPED_ENTITIES
    ? [...new Set(typedEntities.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== ''))]
    : source?.names ?? []), [entitySource, typedEntities, source]);

  const levelsError = levelsAreValid(levels, fullScore) ? undefined : strings.score.thresholdOrder;

  // The goal's level follows the levels: the chosen one while it exists, else the lowest (三星级 for seed 000).
  const targetLevel = targetChoice !== undefined && levels.some((l) => l.label.trim() === targetChoice) ? targetChoice : lowestLevel(levels);
  const share = shareOf(targetShare);
  const shareError = share === undefined ? strings.score.invalidShare : undefined;

  const editLevels = useCallback((change: (levels: LevelRow[]) => LevelRow[]) => {
    if (rubric !== undefined) setEdited((all) => ({ ...all, [rubric]: change(levels) }));
  }, [rubric, levels]);
  const setLevel = useCallback((index: number, level: LevelRow) => editLevels((ls) => ls.map((l, i) => (i === index ? level : l))), [editLevels]);
  const addLevel = useCallback(() => editLevels((ls) => [...ls, { label: '', min: '' }]), [editLevels]);
  const removeLevel = useCallback((index: number) => editLevels((ls) => ls.filter((_, i) => i !== index)), [editLevels]);

  const table = analysis?.tables.find((t) => t.kind === 'rubric' && tableKey(t) === rubric);
  const blocked = !table ? strings.score.needRubric
    : summary && summary.items === 0 ? strings.score.noItems
      : entities.length === 0 ? strings.score.needEntities
        : undefined;
  const busy = pane.busy !== undefined;

  const build = useCallback(() => {
    if (!workbook || !table || blocked || levelsError || (levels.length > 0 && shareError)) return;
    const thresholds = levels.map((l) => ({ label: l.label.trim(), min: Number(l.min.trim()) }));
    void edits.applyBuilt({
      job: 'score',
      workbook,
      rubric: table,
      options: {
        entities,
        ...(source ? { entityRole: source.role } : {}),
        levels: thresholds,
        ...(targetLevel !== undefined && share !== undefined && thresholds.length > 0 ? { target: { level: targetLevel, share } } : {}),
        protect,
      },
    }, (result) => describeScoreSheet(result, strings));
  }, [workbook, table, blocked, levelsError, levels, shareError, edits, entities, source, targetLevel, share, protect, strings]);

  return {
    strings,
    ready: analysis !== undefined,
    busy,
    rubrics,
    rubric,
    entitySources,
    entitySource,
    typedEntities,
    entityCount: entities.length,
    levels,
    levelsError,
    targetLevel: levels.length > 0 ? targetLevel : undefined,
    targetShare,
    shareError: levels.length > 0 ? shareError : undefined,
    protect,
    blocked: analysis === undefined ? undefined : blocked,
    canUndo: edits.undoable !== undefined,
    setRubric,
    setEntitySource,
    setTypedEntities,
    setLevel,
    addLevel,
    removeLevel,
    setTargetLevel,
    setTargetShare,
    setProtect,
    build,
    undo: () => void edits.undo(),
  };
}
