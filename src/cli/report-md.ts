// `--report FILE.md`: a pull-request description a contributor can paste, and the conventional commits of `--branch`.
// Generic: campaign-specific text comes from Campaign.reportNotes.
import { displayPath } from './render.ts';
import type { RunReport } from '../engine/run.ts';
import type { Campaign, CommitNote, ReviewItem } from '../engine/types.ts';

function commitNoteFor(campaign: Campaign, codemodName: string): CommitNote {
  const note = campaign.reportNotes?.commits?.[codemodName];
  if (note) return note;
  const description = campaign.codemods.find((c) => c.name === codemodName)?.description ?? codemodName;
  return { type: 'feat', subject: description.charAt(0).toLowerCase() + description.slice(1) };
}

function breakingChange(campaign: Campaign): string {
  return campaign.reportNotes?.breakingChange ?? campaign.description;
}

/** The codemod's own commit title when only one changed something; else the campaign's, `build!:` when all are build. */
export function suggestedTitle(report: RunReport, campaign: Campaign): string {
  const title = campaign.reportNotes?.title ?? { type: 'feat', subject: campaign.description };
  const changedBy = report.codemods.filter((name) => report.files.some((f) => f.codemods.includes(name)));
  if (changedBy.length === 1) {
    const note = commitNoteFor(campaign, changedBy[0]);
    return `${note.type}!: ${note.subject}`;
  }
  const onlyBuild = changedBy.length > 0 && changedBy.every((name) => commitNoteFor(campaign, name).type === 'build');
  return `${onlyBuild ? 'build' : title.type}!: ${title.subject}`;
}

function sitesOf(report: RunReport, codemodName?: string): string {
  const counts = new Map<string, number>();
  for (const file of report.files) {
    for (const site of file.sites) {
      if (!codemodName || site.codemod === codemodName) counts.set(site.id, (counts.get(site.id) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `${id} ×${n}`).join(', ');
}

/** The commit message `--branch` writes for one codemod's changes (given the report of running that codemod alone). */
export function commitMessage(report: RunReport, campaign: Campaign, codemodName: string): string {
  const note = commitNoteFor(campaign, codemodName);
  const sites = sitesOf(report, codemodName);
  const body = [
    `Made by \`openedx-codemod run ${codemodName}\` (campaign ${campaign.name}: ${campaign.url}).`,
    ...(sites ? [`Sites: ${sites}.`] : []),
    ...(report.reviewItems.length ? [`${report.reviewItems.length} review item(s) left to decide by hand.`] : []),
  ];
  return `${note.type}!: ${note.subject}\n\n${body.join('\n')}\n\nBREAKING CHANGE: ${breakingChange(campaign)}`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

function reviewEntry(report: RunReport, item: ReviewItem): string {
  const where = displayPath(report, { root: item.root ?? report.roots[0], path: item.path });
  const lines = [`- [ ] ${code(`${where}:${item.line}`)} (${item.siteKind}): ${item.reason}`];
  if (item.suggestion.includes('\n')) lines.push('  Suggested change:', '', '  ```', ...item.suggestion.split('\n').map((l) => `  ${l}`), '  ```', '');
  else lines.push(`  Suggested change: ${item.suggestion}`);
  lines.push(`  <sub>id ${code(item.id)}, from ${item.codemod}</sub>`);
  return lines.join('\n');
}

export function renderReportMarkdown(report: RunReport, campaign: Campaign): string {
  const title = suggestedTitle(report, campaign);
  const changed = report.files.filter((f) => f.status === 'changed');
  const wholeCampaign = campaign.codemods.every((c) => report.codemods.includes(c.name));
  const out: string[] = [
    `**Suggested title:** ${code(title)}`,
    '',
    `Carries out the deprecation [${campaign.description}](${campaign.url}) with ` +
      `${code(`openedx-codemod run ${wholeCampaign ? campaign.name : report.codemods.join(' ')}`)} (campaign ${code(campaign.name)}).`,
    '',
    '## Changes by codemod',
    '',
    '| Codemod | Files changed | Sites |',
    '|---|---|---|',
    ...report.codemods.map((name) => {
      const files = changed.filter((f) => f.codemods.includes(name)).length;
      return `| ${code(name)} | ${files} | ${sitesOf(report, name) || '–'} |`;
    }),
    '',
    '## Changed files',
    '',
    ...(changed.length
      ? changed.map((f) => {
          const lines = new Map<string, number[]>();
          for (const site of f.sites) lines.set(site.id, [...(lines.get(site.id) ?? []), site.line]);
          const ids = [...lines]
            .map(([id, at]) => [id, [...new Set(at)].sort((a, b) => a - b)] as const)
            .map(([id, at]) => `${id} (line${at.length > 1 ? 's' : ''} ${at.join(', ')})`)
            .join(', ');
          return `- ${code(displayPath(report, f))}${f.created ? ' (new file)' : ''}: ${ids || `supporting change by ${f.codemods.join(', ')}`}`;
        })
      : ['None.']),
    '',
  ];
  const troubled = report.files.filter((f) => f.status === 'failed' || f.status === 'skipped');
  if (troubled.length) {
    out.push('## Not changed (fix by hand)', '', ...troubled.map((f) => `- ${code(displayPath(report, f))}: ${f.status}: ${f.reason}`), '');
  }
  out.push('## Review items', '');
  if (report.reviewItems.length) out.push('Decide each by hand before merging:', '', ...report.reviewItems.map((item) => reviewEntry(report, item)));
  else out.push('None: every site found was rewritten mechanically.');
  out.push('');
  if (campaign.reportNotes?.operatorNote) out.push('## Operator upgrade note', '', campaign.reportNotes.operatorNote, '');
  out.push('## Follow-up commands', '');
  if (report.followUps.length) out.push('Then commit what they change:', '', ...report.followUps.map((f) => `- [ ] ${f}`));
  else out.push('None.');
  out.push('', `BREAKING CHANGE: ${breakingChange(campaign)}`);
  return `${out.join('\n')}\n`;
}
