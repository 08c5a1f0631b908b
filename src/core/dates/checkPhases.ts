import { type Finding, makeFinding } from '../findings/finding';
import type { Settings } from '../settings';
import { addDays, type CalendarDay, compareDays, daysBetween } from './calendarDay';
import { checkDeadline } from './checkDeadline';
import { deadlineBounds } from './deadlineBounds';
import type { Phase } from './findPhases';
import { parseDeadline } from './parseDeadline';
import { dayLabel } from './_lib/dayLabels';

interface PlacedPhase {
  readonly phase: Phase;
  readonly start?: CalendarDay;
  readonly end: CalendarDay;
}

/** Splits phases into plans: a step numbered 1 after others starts a new plan. */
function plansOf(phases: readonly Phase[]): Phase[][] {
  const plans: Phase[][] = [];
  for (const phase of phases) {
    if (plans.length === 0 || (phase.number === 1 && plans[plans.length - 1].length > 0)) plans.push([]);
    plans[plans.length - 1].push(phase);
  }
  return plans;
}

function gapOrOverlap(current: PlacedPhase, next: PlacedPhase): Finding | undefined {
  const at = { sheet: next.phase.sheet ?? '', cell: next.phase.cell ?? '' };
  const params = { phase: current.phase.name, nextPhase: next.phase.name, end: dayLabel(current.end) };
  // A `by` step after another (`9月底前`) starts the day after it: only its end can clash.
  const nextStart = next.start ?? addDays(current.end, 1);
  const between = daysBetween(current.end, nextStart);
  if (between > 1) return makeFinding('PHASE_GAP', at.sheet, at.cell, { ...params, nextStart: dayLabel(nextStart), days: between - 1 });
  if (between <= 0) return makeFinding('PHASE_OVERLAP', at.sheet, at.cell, { ...params, nextStart: dayLabel(nextStart), days: 1 - between });
  if (compareDays(next.end, current.end) <= 0) {
    return makeFinding('PHASE_OVERLAP', at.sheet, at.cell, { ...params, nextStart: dayLabel(next.end), days: daysBetween(next.end, current.end) + 1 });
  }
  return undefined;
}

/**
 * Checks consecutive phases of a plan (seed 000's 实施步骤: `6月5日前` →
 * `6月6日至9月30日` → `10月至12月上旬` → `12月中下旬`): each should start the
 * day after the previous one ends, else PHASE_GAP or PHASE_OVERLAP. Each
 * phase's time also gets the ordinary date checks (nonexistent, reversed,
 * outside the period…).
 *
 * A first phase written as a deadline (`6月5日前`) is taken to run from the
 * campaign's start (settings.period) or, with no period, from an open start;
 * nothing comes before it, so only its end is compared, and an end outside
 * the period is DATE_OUTSIDE_PERIOD's business. A later `by` phase starts
 * the day after its predecessor; it overlaps when it ends no later than that one. A phase whose time cannot be
 * placed (unparsed, `长期`, no year) breaks the chain: its neighbours are not
 * compared across it.
 */
export function checkPhases(phases: readonly Phase[], settings: Settings, year?: number): Finding[] {
  const findings: Finding[] = [];
  for (const plan of plansOf(phases)) {
    let previous: PlacedPhase | undefined;
    for (const phase of plan) {
      const deadline = parseDeadline(phase.text, { year });
      findings.push(...checkDeadline(deadline, { sheet: phase.sheet ?? '', cell: phase.cell ?? '' }, settings));
      const { start, end } = deadlineBounds(deadline);
      const placed: PlacedPhase | undefined = end ? { phase, end, ...(start ? { start } : {}) } : undefined;
      if (previous && placed) {
        const clash = gapOrOverlap(previous, placed);
        if (clash) findings.push(clash);
      }
      previous = placed;
    }
  }
  return findings;
}
