// GitHub Actions workflow commands: `::warning file=…,line=…,title=…::message`, one line per finding.
import { workspacePath, type Finding } from './findings.ts';

/** Message text: `%`, CR and LF escaped, as the runner decodes them. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values also escape `:` and `,`. */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function renderGithub(findings: Finding[], cwd = process.cwd()): string {
  return findings
    .map((f) => {
      const properties = [`file=${escapeProperty(workspacePath(f, cwd))}`, `line=${f.line}`, ...(f.column ? [`col=${f.column}`] : []), `title=${escapeProperty(f.ruleId)}`];
      return `::${f.level === 'note' ? 'notice' : f.level} ${properties.join(',')}::${escapeData(f.message)}\n`;
    })
    .join('');
}
