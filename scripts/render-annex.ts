/**
 * Renders annexes built from the seed fixtures through LibreOffice to PNG pages in
 * docs/annex/, so their look can be checked by eye (issue 5). Needs `soffice` and
 * `pdftoppm` (apt-get install -y libreoffice-calc-nogui fonts-noto-cjk poppler-utils).
 *
 *   node bin/run-ts.cjs scripts/render-annex.ts [dpi]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnexKind } from '../src/core/annex/annex-kind';
import { buildAnnex } from '../src/core/annex/build-annex';
import { findAnnexSource } from '../src/core/annex/find-annex-source';
import { XlsxHost } from '../src/hosts/xlsx/xlsx-host';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'docs', 'annex');
const RENDERS: readonly { readonly name: string; readonly file: string; readonly kind: AnnexKind; readonly sheet: string }[] = [
  { name: 'seed000-annex1', file: 'seed000.xlsx', kind: 'pairing-plan', sheet: '附件1' },
  { name: 'seed000-annex2', file: 'seed000.xlsx', kind: 'rubric', sheet: '附件2' },
  { name: 'seed004-annex4', file: 'seed004.xlsx', kind: 'grid-assignment', sheet: '附件4' },
];

async function main(): Promise<void> {
  const dpi = process.argv[2] ?? '60';
  const work = mkdtempSync(join(tmpdir(), 'wenming-render-'));
  mkdirSync(OUT, { recursive: true });
  for (const render of RENDERS) {
    const host = await XlsxHost.fromBuffer(readFileSync(join(ROOT, 'test', 'fixtures', render.file)));
    const workbook = await host.readWorkbook();
    const source = findAnnexSource(workbook, render.kind, render.sheet);
    if (!source.found) throw new Error(`${render.file}:${render.sheet} holds no ${render.kind}`);
    const { plan, layout } = buildAnnex({ type: 'tables', grid: source.grid, tables: source.tables }, { workbook, maskPhones: true });
    await host.applyEditPlan(plan);
    // Only the annex sheet goes to the PDF.
    for (const sheet of [...host.workbook.worksheets]) if (sheet.name !== layout.sheet) host.workbook.removeWorksheet(sheet.id);
    const xlsx = join(work, `${render.name}.xlsx`);
    writeFileSync(xlsx, await host.toBuffer());
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-png', '-r', dpi, join(work, `${render.name}.pdf`), join(work, render.name)]);
    const pages = readdirSync(work).filter((f) => new RegExp(`^${render.name}-\\d+\\.png$`).test(f)).sort((a, b) => pageOf(a) - pageOf(b));
    // The first two pages show the title, the header and a repeated header; the last one the notes.
    for (const page of new Set([pages[0], pages[1], pages[pages.length - 1]].filter(Boolean))) {
      copyFileSync(join(work, page), join(OUT, `${render.name}-p${pageOf(page)}.png`));
    }
    process.stdout.write(`${render.name}: ${layout.sheet}，${layout.page.orientation === 'portrait' ? '纵向' : '横向'}\n`);
  }
}

function pageOf(file: string): number {
  return Number(/-(\d+)\.png$/.exec(file)![1]);
}

void main();
