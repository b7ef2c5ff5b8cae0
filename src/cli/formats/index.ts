// `--format text|json|sarif|github` for `run` and `audit`: what goes to stdout instead of the diff or the table.
import type { AuditReport } from '../../engine/audit.ts';
import type { RunReport } from '../../engine/run.ts';
import type { Codemod } from '../../engine/types.ts';
import { UsageError } from '../commands/io.ts';
import { packageInfo } from '../package-info.ts';
import { auditFindings, auditRules, rulesOf, runFindings } from './findings.ts';
import { renderGithub } from './github.ts';
import { renderSarif, type SarifTool } from './sarif.ts';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_USAGE = '--format F         stdout as text (default: the diff / table), json, sarif (SARIF 2.1.0) or github (annotations)';

/** `--format`, and `--json -` as its older spelling of json on stdout. */
export function parseFormat(value: string | undefined, json: string | undefined): Format {
  if (value === undefined) return json === '-' ? 'json' : 'text';
  if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not '${value}'`);
  if (json === '-' && value !== 'json') throw new UsageError(`--json - and --format ${value} both write stdout: write the JSON to a file instead`);
  return value as Format;
}

function tool(): SarifTool {
  const { version, homepage } = packageInfo();
  return { name: 'openedx-codemod', version, ...(homepage ? { informationUri: homepage } : {}) };
}

/** stdout for a run in a machine format (text and json are rendered by the run command itself). */
export function renderRunAs(format: 'sarif' | 'github', report: RunReport, codemods: Codemod[]): string {
  const findings = runFindings(report);
  return format === 'sarif' ? renderSarif(findings, rulesOf(codemods), tool(), report.checkouts) : renderGithub(findings);
}

export function renderAuditAs(format: 'sarif' | 'github', audit: AuditReport): string {
  const findings = auditFindings(audit);
  return format === 'sarif' ? renderSarif(findings, auditRules(audit), tool(), audit.roots.map((r) => r.root)) : renderGithub(findings);
}
