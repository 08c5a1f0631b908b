import type { WorkbookRule } from '../check/check-context';
import { columnsOf } from '../recognize/recognized-table';
import { DEADLINE_ROLES } from './checkDates';
import { checkDeadline } from './checkDeadline';
import { checkPhases } from './checkPhases';
import { findNoticeDeadlines } from './findNoticeDeadlines';
import { findPhases } from './findPhases';
import { inferYear } from './inferYear';
import { parseDeadline } from './parseDeadline';

/**
 * The date rule for prose sheets (a 通知 pasted into Excel): the deadlines it
 * states (`完成时限：2020年8月30日前`) get the ordinary date checks, and its
 * 实施步骤 get the phase checks (PHASE_GAP, PHASE_OVERLAP). The year comes
 * from settings or the notice's own date.
 */
export const checkNoticeDates: WorkbookRule = ({ workbook, tables, settings }) =>
  workbook.sheets.flatMap((grid) => {
    const covered = new Set(tables.filter((t) => t.sheet === grid.name).flatMap((t) =>
      DEADLINE_ROLES.flatMap((role) => columnsOf(t, role)).flatMap((col) => t.dataRows.map((row) => `${row}:${col}`))));
    const deadlines = findNoticeDeadlines(grid, (row, col) => covered.has(`${row}:${col}`));
    const phases = findPhases(grid);
    if (deadlines.length === 0 && phases.length === 0) return [];
    const { year } = inferYear({ settings, grids: [grid, ...workbook.sheets.filter((s) => s !== grid)] });
    return [
      ...deadlines.flatMap((d) => checkDeadline(parseDeadline(d.text, { year }), d, settings)),
      ...checkPhases(phases, settings, year),
    ];
  });
