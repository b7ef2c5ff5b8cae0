// `--report`: one pull-request description per checkout. `--report DIR/` (or an existing folder) writes
// DIR/<checkout>.md for each checkout with something to say; `--report FILE.md` writes one file, with a section per
// checkout when there are several.
import { accessSync, constants, mkdirSync, promises as fsp, statSync } from 'node:fs';
import path from 'node:path';
import { checkoutNames, scopeToCheckout } from '../../engine/checkout-scope.ts';
import type { RunReport } from '../../engine/run.ts';
import type { Campaign, Codemod } from '../../engine/types.ts';
import { renderReportMarkdown } from '../report-md.ts';
import { UsageError, type Io } from './io.ts';
import { checkOutputPath } from './validate.ts';

/** Whether `--report` names a folder: a trailing slash, or a folder that exists. */
export function isReportFolder(target: string): boolean {
  if (target.endsWith('/') || target.endsWith(path.sep)) return true;
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** Checked before the run: a folder we may write in (or may create), or a file checkOutputPath accepts. */
export function checkReportTarget(target: string | undefined): void {
  if (target === undefined || !isReportFolder(target)) return checkOutputPath(target, '--report');
  try {
    if (statSync(target).isDirectory()) accessSync(target, constants.W_OK | constants.X_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`--report ${target}: cannot be written (${(error as Error).message}); nothing was done`);
    checkOutputPath(target.replace(/[\\/]+$/, ''), '--report');
  }
}

/** Writes the descriptions; says on stderr which files it wrote (not with quiet). */
export async function writeReports(report: RunReport, target: string, campaign: Campaign, codemods: Codemod[], io: Io, quiet = false): Promise<void> {
  const say = (line: string) => quiet || io.stderr.write(`${line}\n`);
  const names = checkoutNames(report.checkouts);
  const scoped = report.checkouts
    .map((checkout) => ({ name: names.get(checkout)!, checkout, report: scopeToCheckout(report, checkout, codemods) }))
    .filter(({ report: r }) => r.files.length || r.reviewItems.length);
  if (isReportFolder(target)) {
    mkdirSync(target, { recursive: true });
    for (const { name, report: r } of scoped) {
      const file = path.join(target, `${name}.md`);
      await fsp.writeFile(file, renderReportMarkdown(r, campaign));
      say(`report: ${file}`);
    }
    if (!scoped.length) say('report: nothing changed and nothing to review: no description written');
    return;
  }
  if (scoped.length <= 1) {
    await fsp.writeFile(target, renderReportMarkdown(scoped[0]?.report ?? report, campaign));
    return;
  }
  // Several repositories in one file: one description each (a folder, `--report DIR/`, gives one file each).
  const sections = scoped.map(({ name, checkout, report: r }) => `# ${name}\n\n<sub>${checkout}</sub>\n\n${renderReportMarkdown(r, campaign)}`);
  await fsp.writeFile(target, sections.join('\n---\n\n'));
  say(`report: ${scoped.length} checkouts in ${target}, one description each (give --report DIR/ for one file per checkout)`);
}
