// SARIF 2.1.0 for code scanning: one run per checkout, one rule per site kind, results with regions.
import { pathToFileURL } from 'node:url';
import type { Finding, Rule } from './findings.ts';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
}

/** A SARIF log: each checkout a run whose paths are relative to `%SRCROOT%` (that checkout's folder). */
export function renderSarif(findings: Finding[], rules: Rule[], tool: SarifTool, roots: string[]): string {
  const ruleIds = [...new Set([...rules.map((r) => r.id), ...findings.map((f) => f.ruleId)])];
  const described = new Map(rules.map((r) => [r.id, r.description]));
  const driverRules = ruleIds.map((id) => ({ id, shortDescription: { text: described.get(id) ?? id } }));
  const runs = roots.map((root) => ({
    tool: { driver: { ...tool, rules: driverRules } },
    originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root.endsWith('/') ? root : `${root}/`).href } },
    results: findings
      .filter((f) => f.root === root)
      .map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIds.indexOf(f.ruleId),
        level: f.level,
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(f.path), uriBaseId: 'SRCROOT' },
              region: { startLine: Math.max(1, f.line), ...(f.column ? { startColumn: f.column } : {}) },
            },
          },
        ],
      })),
  }));
  return `${JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs }, null, 2)}\n`;
}
