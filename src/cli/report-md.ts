// `--report`: a pull-request description a contributor can paste, and the conventional commits of `--branch`, each
// for one checkout's changes (see scopeToCheckout). Generic: campaign text comes from Campaign.reportNotes, chosen by
// what the checkout or commit changed; sections with nothing to say are left out.
import { scopeOf } from '../engine/checkout-scope.ts';
import type { RunReport } from '../engine/run.ts';
import type { Campaign, CommitNote, ReportScope, ScopedText } from '../engine/types.ts';
import { displayPath, placesOf, reviewGroups, shownLine, type ReviewGroup } from './render.ts';

function commitNoteFor(campaign: Campaign, codemodName: string): CommitNote {
  const note = campaign.reportNotes?.commits?.[codemodName];
  if (note) return note;
  const description = campaign.codemods.find((c) => c.name === codemodName)?.description ?? codemodName;
  return { type: 'feat', subject: description.charAt(0).toLowerCase() + description.slice(1) };
}

const textFor = (text: ScopedText | undefined, scope: ReportScope) => (typeof text === 'function' ? text(scope) : text);

/** The BREAKING CHANGE footer for what this scope changed (the campaign description without report notes). */
function breakingChange(campaign: Campaign, scope: ReportScope): string | undefined {
  return campaign.reportNotes ? textFor(campaign.reportNotes.breakingChange, scope) : campaign.description;
}

const conventional = (note: CommitNote, breaking: string | undefined) => `${note.type}${breaking ? '!' : ''}: ${note.subject}`;

/** The codemod's own commit title when only one changed something; else the campaign's, `build` when all are build. */
export function suggestedTitle(report: RunReport, campaign: Campaign): string {
  const scope = scopeOf(report);
  const breaking = breakingChange(campaign, scope);
  if (scope.changedBy.length === 1) return conventional(commitNoteFor(campaign, scope.changedBy[0]), breaking);
  const title = campaign.reportNotes?.title ?? { type: 'feat', subject: campaign.description };
  const onlyBuild = scope.changedBy.length > 0 && scope.changedBy.every((name) => commitNoteFor(campaign, name).type === 'build');
  return conventional({ ...title, type: onlyBuild ? 'build' : title.type }, breaking);
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

/**
 * The commit message `--branch` writes for one codemod's changes in one checkout (given the report of running that
 * codemod alone, scoped to the checkout): its sites, its review items, and the footer for what it changed.
 */
export function commitMessage(report: RunReport, campaign: Campaign, codemodName: string): string {
  const sites = sitesOf(report, codemodName);
  const items = report.reviewItems.filter((item) => item.codemod === codemodName).length;
  const body = [
    `Made by \`openedx-codemod run ${codemodName}\` (campaign ${campaign.name}: ${campaign.url}).`,
    ...(sites ? [`Sites: ${sites}.`] : []),
    ...(items ? [`${items} review item(s) left to decide by hand.`] : []),
  ];
  const breaking = breakingChange(campaign, scopeOf(report));
  return `${conventional(commitNoteFor(campaign, codemodName), breaking)}\n\n${body.join('\n')}${breaking ? `\n\nBREAKING CHANGE: ${breaking}` : ''}`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** One checklist entry per (kind, reason): every place it applies, each file once with its lines. */
function reviewEntry(group: ReviewGroup): string {
  const count = group.items.length;
  const lines = [`- [ ] **${group.siteKind}**${count > 1 ? ` (${count} places)` : ''}: ${group.reason}`];
  const suggestions = [...new Set(group.items.map(({ item }) => item.suggestion))];
  if (suggestions.length === 1 && suggestions[0].includes('\n')) {
    lines.push('  Suggested change:', '', '  ```', ...suggestions[0].split('\n').map((l) => `  ${l}`), '  ```', '');
  } else if (suggestions.length === 1) lines.push(`  Suggested change: ${suggestions[0]}`);
  if (suggestions.length === 1) lines.push(...placesOf(group, (where, at) => `  - ${code(where)} line${at.length > 1 ? 's' : ''} ${at.join(', ')}`));
  else lines.push(...group.items.map(({ where, line, item }) => `  - ${code(`${where}:${line}`)}: ${item.suggestion.replace(/\n/g, ' ')}`));
  const codemods = [...new Set(group.items.map(({ item }) => item.codemod))].join(', ');
  lines.push(`  <sub>from ${codemods}; id${count > 1 ? 's' : ''} ${group.items.map(({ item }) => code(item.id)).join(', ')}</sub>`);
  return lines.join('\n');
}

function changedFileEntry(report: RunReport, file: RunReport['files'][number]): string {
  const lines = new Map<string, number[]>();
  for (const site of file.sites) lines.set(site.id, [...(lines.get(site.id) ?? []), shownLine(site, file)]);
  const ids = [...lines]
    .map(([id, at]) => [id, [...new Set(at)].sort((a, b) => a - b)] as const)
    .map(([id, at]) => `${id} (line${at.length > 1 ? 's' : ''} ${at.join(', ')})`)
    .join(', ');
  return `- ${code(displayPath(report, file))}${file.created ? ' (new file)' : ''}: ${ids || `supporting change by ${file.codemods.join(', ')}`}`;
}

/** The description of one checkout's pull request (give it a report scoped to that checkout). */
export function renderReportMarkdown(report: RunReport, campaign: Campaign): string {
  const scope = scopeOf(report);
  const changed = report.files.filter((f) => f.status === 'changed');
  const wholeCampaign = campaign.codemods.every((c) => report.codemods.includes(c.name));
  const section = (title: string, body: string[]) => (body.length ? [`## ${title}`, '', ...body, ''] : []);
  const troubled = report.files.filter((f) => f.status === 'failed' || f.status === 'skipped');
  const groups = reviewGroups(report);
  const operatorNote = textFor(campaign.reportNotes?.operatorNote, scope);
  const breaking = breakingChange(campaign, scope);
  const out: string[] = [
    `**Suggested title:** ${code(suggestedTitle(report, campaign))}`,
    '',
    `Carries out the deprecation [${campaign.description}](${campaign.url}) with ` +
      `${code(`openedx-codemod run ${wholeCampaign ? campaign.name : report.codemods.join(' ')}`)} (campaign ${code(campaign.name)}).`,
    '',
    ...section(
      'Changes by codemod',
      scope.changedBy.length
        ? [
            '| Codemod | Files changed | Sites |',
            '|---|---|---|',
            ...scope.changedBy.map((name) => `| ${code(name)} | ${changed.filter((f) => f.codemods.includes(name)).length} | ${sitesOf(report, name) || '–'} |`),
          ]
        : [],
    ),
    ...section('Changed files', changed.map((f) => changedFileEntry(report, f))),
    ...section('Not changed (fix by hand)', troubled.map((f) => `- ${code(displayPath(report, f))}: ${f.status}: ${f.reason}`)),
    ...section('Review items', groups.length ? [`Decide each by hand before merging (${report.reviewItems.length} in all):`, '', ...groups.map(reviewEntry)] : []),
    ...section('Operator upgrade note', operatorNote ? [operatorNote] : []),
    ...section('Follow-up commands', report.followUps.length ? ['Then commit what they change:', '', ...report.followUps.map((f) => `- [ ] ${f}`)] : []),
  ];
  if (breaking) out.push(`BREAKING CHANGE: ${breaking}`);
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}
