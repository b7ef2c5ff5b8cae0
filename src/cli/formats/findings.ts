// What `run --check` and `audit` have to say about a checkout, as findings: one place, one line, one rule. SARIF and
// GitHub annotations are renderings of these, so both formats always agree.
import path from 'node:path';
import type { AuditReport } from '../../engine/audit.ts';
import type { RunReport } from '../../engine/run.ts';
import type { Codemod } from '../../engine/types.ts';

export type FindingLevel = 'error' | 'warning' | 'note';

export interface Finding {
  /** A site kind (`RR-2`), or an audit term. */
  ruleId: string;
  level: FindingLevel;
  message: string;
  /** Absolute checkout root. */
  root: string;
  /** Relative to root, `/` separators. */
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

/** Pending changes (a site the run would rewrite) and review items (a site a human must decide). */
export function runFindings(report: RunReport): Finding[] {
  const findings: Finding[] = [];
  for (const file of report.files) {
    for (const site of file.sites) {
      const message = `${site.codemod} rewrites this site (${site.id}); run \`openedx-codemod run ${report.campaign} --write\``;
      findings.push({ ruleId: site.id, level: 'warning', message, root: file.root, path: file.path, line: site.line });
    }
    if (file.status === 'failed' || file.status === 'skipped') {
      findings.push({ ruleId: `file-${file.status}`, level: 'error', message: `${file.status}: ${file.reason ?? ''}`.trim(), root: file.root, path: file.path, line: 1 });
    }
  }
  for (const item of report.reviewItems) {
    const root = item.root ?? report.roots[0];
    findings.push({ ruleId: item.siteKind, level: 'warning', message: `Review: ${item.reason} Suggestion: ${item.suggestion}`, root, path: item.path, line: item.line });
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
