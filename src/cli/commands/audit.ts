// `audit <campaign> [PATH...]`: read-only inventory of what is left of a campaign; exit 0 only when all that is left is allowed.
import { promises as fsp } from 'node:fs';
import type { Registry } from '../../engine/registry.ts';
import { AUDIT_CLASSES, auditCampaign, type AuditReport } from '../../engine/audit.ts';
import type { Style } from '../render.ts';
import { EXIT, expandStdinPaths, parseOptions, styleOf, UsageError, type Io } from './io.ts';
import { listUnreadable, refuseEmpty } from './run.ts';
import { checkOutputPath, existingRoots, jobsOption, positiveInt, refuseEmptyValues } from './validate.ts';
import { FORMAT_USAGE, parseFormat, renderAuditAs } from '../formats/index.ts';

export const AUDIT_USAGE = `Options for audit:
  --json FILE|-      also write the audit as JSON to FILE; with -, JSON on stdout instead of the table
  ${FORMAT_USAGE}
  --jobs N, --include GLOB, --exclude GLOB, --max-bytes N   as for run`;

const LABEL = { rewritten: 'would be rewritten', review: 'review item', allowed: 'allowed', unhandled: 'unhandled' } as const;

function renderTable(audit: AuditReport, style: Style): string {
  const out: string[] = [];
  for (const root of audit.roots) {
    const counts = AUDIT_CLASSES.map((c) => `${root.counts[c]} ${LABEL[c]}`).join(', ');
    out.push(style.bold(`${root.root}: ${counts}`));
    if (!root.items.length) continue;
    const where = root.items.map((item) => `${item.path}:${item.line}${item.column ? `:${item.column}` : ''}`);
    const width = Math.min(70, Math.max(...where.map((w) => w.length)));
    for (const [index, item] of root.items.entries()) {
      const label = LABEL[item.class].padEnd(18);
      const colour = item.class === 'allowed' ? (s: string) => s : item.class === 'unhandled' ? style.red : style.yellow;
      const id = item.reviewId ? ` [${item.reviewId}]` : '';
      out.push(`  ${colour(label)} ${where[index].padEnd(width)}  ${item.term.padEnd(14)} ${item.detail}${id}`);
    }
  }
  const left = audit.counts.rewritten + audit.counts.review + audit.counts.unhandled;
  out.push(
    audit.clean
      ? style.green(`clean: nothing left of ${audit.campaign} but ${audit.counts.allowed} allowed item(s)`)
      : style.red(
          `not clean: ${left} item(s) left` +
            (audit.counts.rewritten ? ` (run \`openedx-codemod run ${audit.campaign} <path> --write\`, then decide the rest by hand)` : ': decide them by hand'),
        ),
  );
  return `${out.join('\n')}\n`;
}

export async function auditCommand(args: string[], io: Io, registry: Registry): Promise<number> {
  const { campaigns } = registry;
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'string' },
      format: { type: 'string' },
      jobs: { type: 'string' },
      include: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
    },
  }, 'audit');
  const format = parseFormat(values.format, values.json);
  refuseEmptyValues(values);
  checkOutputPath(values.json, '--json');
  const [name, ...paths] = positionals;
  if (!name) throw new UsageError('audit needs a campaign name: see `openedx-codemod list`');
  const campaign = campaigns.find((c) => c.name === name);
  if (!campaign) {
    const isCodemod = campaigns.some((c) => c.codemods.some((m) => m.name === name));
    throw new UsageError(`${isCodemod ? `'${name}' is a codemod; audit takes a campaign` : `unknown campaign '${name}'`}: run \`openedx-codemod list\` to see the names`);
  }
  if (!campaign.audit) throw new UsageError(`campaign ${campaign.name} has no audit rules`);
  const roots = existingRoots(await expandStdinPaths(paths, io));
  const audit = await auditCampaign({
    roots,
    campaign,
    registryModule: registry.moduleUrl,
    jobs: jobsOption(values.jobs),
    maxBytes: positiveInt(values['max-bytes'], '--max-bytes'),
    include: values.include,
    exclude: values.exclude,
  });
  refuseEmpty({ summary: audit, unreadableFolders: audit.unreadableFolders }, roots);
  const json = `${JSON.stringify(audit, null, 2)}\n`;
  if (values.json && values.json !== '-') await fsp.writeFile(values.json, json);
  if (format === 'json') io.stdout.write(json);
  else if (format === 'text') io.stdout.write(renderTable(audit, styleOf(io.stdout)));
  else io.stdout.write(renderAuditAs(format, audit));
  listUnreadable(audit, io);
  // Unreadable folders: the audit cannot tell what is left there.
  if (audit.unreadableFolders.length) return EXIT.failed;
  return audit.clean ? EXIT.ok : EXIT.pending;
}
