import type { EditPlan } from '../../core/edit-plan/edit-plan';
import type { OfficeCapabilities } from './office-capabilities';
import type { ExcelRun } from './office-host';
import type { CommentIndex } from './queue-snapshot';

/**
 * Where notes fall back to comments (ExcelApi 1.10–1.17), the comments already
 * on the sheets a plan annotates: a comment cannot be looked up by cell without
 * failing the whole batch when there is none. Two small syncs, only on that
 * path; with notes, or without note ops, no sync at all.
 */
export async function readCommentIndex(run: ExcelRun, plan: EditPlan, capabilities: OfficeCapabilities, sheetNames: readonly string[]): Promise<CommentIndex> {
  const sheets = [...new Set(plan.ops.filter((op) => op.op === 'note').map((op) => op.sheet))].filter((s) => sheetNames.includes(s));
  if (capabilities.notes || !capabilities.comments || sheets.length === 0) return new Map();
  return run(async (context) => {
    const collections = sheets.map((sheet) => {
      const comments = context.workbook.worksheets.getItem(sheet).comments;
      comments.load('items/id,items/content');
      return { sheet, comments };
    });
    await context.sync();
    const located = collections.flatMap(({ sheet, comments }) => comments.items.map((comment) => {
      const location = comment.getLocation();
      location.load('address');
      return { sheet, comment, location };
    }));
    await context.sync();
    return new Map(located.map(({ sheet, comment, location }) => [`${sheet}!${location.address.replace(/^.*!/, '').replace(/\$/g, '')}`, { id: comment.id, content: comment.content }]));
  });
}
