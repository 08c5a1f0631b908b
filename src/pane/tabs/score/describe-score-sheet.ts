import type { ScoreJobResult } from '../../core/score-job';
import type { BuiltOutcome } from '../../hooks/useWorkbookEdits';
import type { PaneStrings } from '../../strings';

/** `$Z$7:$Z$9` → `Z7:Z9`: what the user sees in Excel's name box. */
const plain = (ref: string) => ref.replace(/\$/g, '');

/**
 * What the pane says about a built score sheet: its name, its rows, where the
 * total, level and rank columns and the editable settings are. A result that
 * says nothing could be built throws, in the display language, so the pane
 * shows it as an error.
 *
 * @example describeScoreSheet(result, ZH_CN).text // '已生成评分表“评分表”'
 */
export function describeScoreSheet(result: ScoreJobResult, strings: PaneStrings): BuiltOutcome {
  const t = strings.score;
  if (!result.ok) {
    const reasons = { rubricMissing: t.rubricMissing, noItems: t.noItems, noMaxima: t.noMaxima, noEntities: t.needEntities, targetLevel: t.targetNotALevel } as const;
    throw new Error(reasons[result.reason]);
  }
  const { layout } = result;
  const { levels, target } = layout.settings;
  return {
    plan: result.plan,
    text: t.built(layout.sheet),
    details: [
      t.builtRows(layout.firstRow, layout.lastRow, result.entities, result.items),
      t.builtColumns(layout.total, layout.level, layout.rank),
      ...(levels && target ? [t.builtSettings(plain(levels.thresholds), plain(target.level), plain(target.share))] : []),
      ...(result.replaces ? [t.replaced(layout.sheet)] : []),
      ...(result.taken ? [t.sidestepped(result.taken, layout.sheet)] : []),
    ],
  };
}
