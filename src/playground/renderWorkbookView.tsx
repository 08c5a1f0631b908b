import { mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { cellAddress, columnLetter } from '../core/grid/a1';
import type { PaneStrings } from '../pane/strings';
import type { SheetView } from './sheet-view';
import type { WorkbookViewState } from './useWorkbookView';
import type { useWorkbookViewStyles } from './useWorkbookViewStyles.styles';

type Styles = ReturnType<typeof useWorkbookViewStyles>;

/** Draws the shown sheet like a spreadsheet: headers, merged cells, fills, notes, the selected cell; cell text as text. */
export function renderWorkbookView(state: WorkbookViewState, strings: PaneStrings, styles: Styles): ReactElement {
  const { view, selected } = state;
  return (
    <div className={styles.root} data-testid="workbook-view" data-sheet={state.active}>
      <div className={styles.scroller} ref={state.scrollerRef}>
        {view && view.rows > 0 ? renderGrid(view, selected, styles) : <p className={styles.clipped}>{strings.playground.emptySheet}</p>}
      </div>
      {view?.clipped && <div className={styles.clipped}>…</div>}
      <div role="tablist" aria-label={strings.playground.sheetTabs} className={styles.tabs}>
        {state.sheets.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={name === state.active}
            className={mergeClasses(styles.tab, name === state.active && styles.tabActive)} onClick={() => state.showSheet(name)} data-testid="sheet-tab">
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}

function renderGrid(view: SheetView, selected: { row: number; col: number } | undefined, styles: Styles): ReactElement {
  // Merged areas: the master cell spans, the cells it covers are not drawn.
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of view.merges) {
    if (m.top >= view.rows || m.left >= view.cols) continue;
    const bottom = Math.min(m.bottom, view.rows - 1);
    const right = Math.min(m.right, view.cols - 1);
    spans.set(`${m.top},${m.left}`, { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
    for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const columns = Array.from({ length: view.cols }, (_, c) => c);
  return (
    <table className={styles.table}>
      <colgroup>
        <col style={{ width: 40 }} />
        {view.widths.map((width, c) => <col key={c} style={{ width }} />)}
      </colgroup>
      <thead>
        <tr>
          <th className={mergeClasses(styles.header, styles.corner)} />
          {columns.map((c) => (
            <th key={c} className={mergeClasses(styles.header, styles.columnHeader, selected?.col === c && styles.headerActive)}>{columnLetter(c)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.cells.map((row, r) => (
          <tr key={r}>
            <th className={mergeClasses(styles.header, styles.rowHeader, selected?.row === r && styles.headerActive)}>{r + 1}</th>
            {columns.map((c) => {
              const key = `${r},${c}`;
              if (covered.has(key)) return null;
              const cell = row[c];
              const span = spans.get(key);
              const isSelected = selected?.row === r && selected.col === c;
              return (
                <td
                  key={c}
                  rowSpan={span?.rowSpan}
                  colSpan={span?.colSpan}
                  title={cell?.note ?? (cell?.formula ? `=${cell.formula}` : undefined)}
                  style={cell?.fill ? { backgroundColor: cell.fill } : undefined}
                  className={mergeClasses(styles.cell, cell?.bold && styles.bold, cell?.align === 'center' && styles.center,
                    cell?.align === 'right' && styles.right, cell?.note && styles.noted, isSelected && styles.selected)}
                  data-address={cellAddress(r, c)}
                  data-selected={isSelected ? 'true' : undefined}
                  data-fill={cell?.fill}
                  data-formula={cell?.formula}
                >
                  {cell?.text === '' && cell.formula ? <span className={styles.formula} aria-label={`=${cell.formula}`}>ƒx</span> : cell?.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
