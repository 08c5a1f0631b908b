import { useCallback, useMemo, useState } from 'react';
import type { FindingCode, Severity } from '../../../core/findings/codes';
import { countBySeverity, type Finding } from '../../../core/findings/finding';
import { describeSkippedChecks, findingTitle } from '../../../core/findings/messages.zh-CN';
import type { SkippedCheck } from '../../../core/findings/skipped-check';
import { usePaneEnvironment } from '../../pane-context';
import type { PaneStrings } from '../../strings';
import type { PaneState } from '../../usePane';

/** Findings shown per code before "show more": a long list stays quick to render. */
export const PAGE_SIZE = 50;

export interface FindingView {
  readonly id: string;
  readonly sheet: string;
  /** The cell to select: a range finding (`A3:E3`) selects its first cell. */
  readonly anchor: string;
  readonly cell: string;
  readonly message: string;
  readonly suggestion?: string;
}

/** The findings of one code, headed by its Chinese title (`电话号码无效`); the code is secondary text. */
export interface CodeGroup {
  readonly code: FindingCode;
  readonly title: string;
  readonly count: number;
  readonly shown: readonly FindingView[];
  readonly hidden: number;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly codes: readonly CodeGroup[];
}

export interface CheckTabState {
  readonly strings: PaneStrings;
  readonly ready: boolean;
  readonly counts: Record<Severity, number>;
  readonly groups: readonly SeverityGroup[];
  /** Date checks that did not run, and why: one line per reason, from the core's message table. */
  readonly skipped: readonly SkippedLine[];
  readonly selectedId?: string;
  readonly selectError?: string;
  readonly busy: boolean;
  readonly canUndo: boolean;
  select(finding: FindingView): void;
  showMore(code: FindingCode): void;
  mark(): void;
  fix(): void;
  undo(): void;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const NO_SKIPPED: readonly SkippedCheck[] = [];

/** One line of the 未运行的检查 box: the checks skipped for one reason. */
export type SkippedLine = ReturnType<typeof describeSkippedChecks>[number];

/** The 校验 tab: findings grouped by severity then by title, selection in the sheet, and the three edit buttons. */
export function useCheckTab(pane: PaneState): CheckTabState {
  const { host } = usePaneEnvironment();
  const { strings, edits } = pane;
  const findings = pane.analysis.state.analysis?.findings;
  const skippedChecks = pane.analysis.state.analysis?.skipped ?? NO_SKIPPED;
  const skipped = useMemo(() => describeSkippedChecks(skippedChecks), [skippedChecks]);
  const [limits, setLimits] = useState<Partial<Record<FindingCode, number>>>({});
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [selectError, setSelectError] = useState<string | undefined>(undefined);

  const groups = useMemo(() => groupFindings(findings ?? [], limits), [findings, limits]);
  const counts = useMemo(() => countBySeverity(findings ?? []), [findings]);

  const select = useCallback((finding: FindingView) => {
    setSelectedId(finding.id);
    setSelectError(undefined);
    host.selectCell(finding.sheet, finding.anchor).catch((error: unknown) => setSelectError(error instanceof Error ? error.message : String(error)));
  }, [host]);

  const showMore = useCallback((code: FindingCode) => setLimits((l) => ({ ...l, [code]: (l[code] ?? PAGE_SIZE) + PAGE_SIZE })), []);

  return {
    strings,
    ready: findings !== undefined,
    counts,
    groups,
    skipped,
    selectedId,
    selectError,
    busy: pane.busy !== undefined,
    canUndo: edits.undoable !== undefined,
    select,
    showMore,
    mark: () => void edits.mark(),
    fix: () => void edits.fix(),
    undo: () => void edits.undo(),
  };
}

/** Groups findings by severity (errors first), then by code (most frequent first), each code under its title. */
export function groupFindings(findings: readonly Finding[], limits: Partial<Record<FindingCode, number>>): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const bySeverity = findings.filter((f) => f.severity === severity);
    const byCode = new Map<FindingCode, Finding[]>();
    for (const f of bySeverity) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    const codes = [...byCode.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .map(([code, list]): CodeGroup => {
        const limit = limits[code] ?? PAGE_SIZE;
        return {
          code,
          title: findingTitle(code),
          count: list.length,
          shown: list.slice(0, limit).map((f, i) => ({
            id: `${code}:${f.sheet}!${f.cell}:${i}`,
            sheet: f.sheet,
            cell: f.cell,
            anchor: f.cell.split(':')[0],
            message: f.message,
            ...(f.suggestion ? { suggestion: f.suggestion } : {}),
          })),
          hidden: Math.max(0, list.length - limit),
        };
      });
    return { severity, count: bySeverity.length, codes };
  }).filter((group) => group.count > 0);
}
