// What `run --check` and `audit` have to say about a checkout, as findings: one place, one line, one rule. SARIF and
// GitHub annotations are renderings of these, so both formats always agree.
import path from 'node:path';
import type { AuditReport } from '../../engine/audit.ts';
import { fileOfItem, pathInCheckout } from '../../engine/checkout-scope.ts';
import type { RunReport } from '../../engine/run.ts';
import type { Codemod } from '../../engine/types.ts';
import { shownLine } from '../render.ts';

export type FindingLevel = 'error' | 'warning' | 'note';

export interface Finding {
  /** A site kind (`RR-2`), or an audit term. */
  ruleId: string;
  level: FindingLevel;
  message: string;
  /** The checkout (absolute): one pull request, one SARIF run. */
  root: string;
  /** Relative to the checkout, `/` separators. */
  path: string;
  /** 1-based line on disk. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
}

export interface Rule {
  id: string;
  description: string;
}

/** One rule per site kind the codemods declare, described by its line in the codemod's catalogue (`list --sites`). */
export function rulesOf(codemods: Codemod[]): Rule[] {
  return codemods.flatMap((codemod) => codemod.siteIds.map((id) => ({ id, description: `${codemod.name}: ${codemod.sites?.[id] ?? codemod.description}` })));
}

/** Where a file is: its checkout and its path there (what code scanning and `git apply` in that checkout expect). */
const placeOf = (file: { root: string; path: string; checkout?: string }) => ({ root: file.checkout ?? file.root, path: pathInCheckout(file) });

/**
 * Pending changes (a site a dry run would rewrite; none once written) and review items (a site a human must decide),
 * at the line on disk now: before the run for a dry run, in the result after a write.
 */
export function runFindings(report: RunReport): Finding[] {
  const findings: Finding[] = [];
  for (const file of report.files) {
    if (report.dryRun) {
      for (const site of file.sites) {
        const message = `${site.codemod} rewrites this site (${site.id}); run \`openedx-codemod run ${report.campaign} --write\``;
        findings.push({ ruleId: site.id, level: 'warning', message, ...placeOf(file), line: site.line });
      }
    }
    if (file.status === 'failed' || file.status === 'skipped') {
      findings.push({ ruleId: `file-${file.status}`, level: 'error', message: `${file.status}: ${file.reason ?? ''}`.trim(), ...placeOf(file), line: 1 });
    }
  }
  for (const item of report.reviewItems) {
    const file = fileOfItem(report, item);
    const place = file ? placeOf(file) : { root: item.root ?? report.roots[0], path: item.path };
    findings.push({ ruleId: item.siteKind, level: 'warning', message: `Review: ${item.reason} Suggestion: ${item.suggestion}`, ...place, line: shownLine(item, file) });
  }
  return findings;
}

const AUDIT_LEVEL = { unhandled: 'error', review: 'warning', rewritten: 'warning' } as const;

/** Every audit item that is not allowed: unhandled ones are errors, pending rewrites and review items warnings. */
export function auditFindings(audit: AuditReport): Finding[] {
  return audit.roots.flatMap((root) =>
    root.items
      .filter((item) => item.class !== 'allowed')
      .map((item) => ({
        ruleId: `audit/${item.term}`,
        level: AUDIT_LEVEL[item.class as keyof typeof AUDIT_LEVEL],
        message: `${item.class}: ${item.detail} (${item.text})`,
        root: root.root,
        path: item.path,
        line: item.line,
        ...(item.column ? { column: item.column } : {}),
      })),
  );
}

export function auditRules(audit: AuditReport): Rule[] {
  const terms = new Set(audit.roots.flatMap((root) => root.items.map((item) => item.term)));
  return [...terms].sort().map((term) => ({ id: `audit/${term}`, description: `A remaining occurrence of the campaign's \`${term}\` term` }));
}

/** The file's path as a workflow sees it: relative to the current folder (the repository root in a CI job). */
export function workspacePath(finding: Finding, cwd = process.cwd()): string {
  return path.relative(cwd, path.join(finding.root, finding.path)).split(path.sep).join('/');
}
