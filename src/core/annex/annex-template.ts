import { templateColumns } from './_lib/annex-columns';
import type { AnnexKind } from './annex-kind';
import { ANNEX_LAYOUTS } from './annex-layouts';
import { EMPTY_REPORT, type AnnexTable } from './annex-table';

/**
 * A blank annex of a kind: the layout's headers and `rows` empty rows, 序号
 * filled in, for an office to type into.
 *
 * @example templateTable('grid-assignment').columns[1].header // ['联系领导', '市级']
 */
export function templateTable(kind: AnnexKind, rows?: number): AnnexTable {
  const spec = ANNEX_LAYOUTS[kind];
  const count = rows ?? spec.templateRows;
  if (!Number.isInteger(count) || count < 1 || count > 1000) throw new RangeError(`template rows must be an integer from 1 to 1000, got ${rows}`);
  const columns = templateColumns(spec);
  return {
    kind,
    title: spec.defaultTitle,
    columns,
    formLines: [],
    rows: Array.from({ length: count }, (_, n) => ({
      type: 'data' as const,
      cells: columns.map((c) => (c.role === 'seq' ? n + 1 : null)),
      continues: columns.map(() => false),
      bold: false,
    })),
    notes: [],
    report: { ...EMPTY_REPORT, rows: count },
  };
}
