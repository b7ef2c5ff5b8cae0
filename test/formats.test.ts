// --format sarif and --format github: SARIF validates against the 2.1.0 schema; annotations have the workflow shape.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { auditFindings, auditRules, rulesOf, runFindings } from '../src/cli/formats/findings.ts';
import { renderGithub } from '../src/cli/formats/github.ts';
import { renderSarif } from '../src/cli/formats/sarif.ts';
import { auditCampaign } from '../src/engine/audit.ts';
import { runCodemods } from '../src/engine/run.ts';
import { select } from '../codemods/registry.ts';
import { cli, FLAG_USE, FLAG_USE_PATH, REPO, workTree } from './support/cli.ts';

const schema = JSON.parse(readFileSync(path.join(REPO, 'test/data/sarif-2.1.0.json'), 'utf8'));
// A CommonJS module: its default export is `module.exports`, whose `default` is the class (as the types say).
const validate = new AjvModule.default({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
const campaign = select(['proctortrack']);
if (!('campaign' in campaign)) throw new Error('no campaign');
const TOOL = { name: 'openedx-codemod', version: '0.0.0-test' };

/** The shared sample tree plus a flag use the codemod cannot rewrite (a review item). */
const tree = () => workTree(undefined, { [FLAG_USE_PATH]: FLAG_USE });

describe('SARIF', () => {
  it('a --check run validates against the 2.1.0 schema, with a rule per site kind and regions on disk', async () => {
    const root = tree();
    const report = await runCodemods({ roots: [root], campaign: campaign.campaign, codemods: campaign.codemods, write: false, jobs: 1 });
    const findings = runFindings(report);
    const log = JSON.parse(renderSarif(findings, rulesOf(campaign.codemods), TOOL, report.roots));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [run] = log.runs;
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['RR-1', 'RR-2', 'RR-3']));
    const review = run.results.find((r: { ruleId: string }) => r.ruleId === 'RR-3');
    expect(review.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: FLAG_USE_PATH, uriBaseId: 'SRCROOT' }, region: { startLine: 8 } });
    expect(run.results.filter((r: { ruleId: string }) => r.ruleId === 'RR-1')).toHaveLength(1);
    expect(run.results.every((r: { ruleIndex: number; ruleId: string }) => run.tool.driver.rules[r.ruleIndex].id === r.ruleId)).toBe(true);
  });

  it('an audit validates too: one result per item left, allowed items left out', async () => {
    const root = tree();
    const audit = await auditCampaign({ roots: [root], campaign: campaign.campaign, jobs: 1 });
    const log = JSON.parse(renderSarif(auditFindings(audit), auditRules(audit), TOOL, audit.roots.map((r) => r.root)));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const { rewritten, review, unhandled } = audit.counts;
    expect(log.runs[0].results).toHaveLength(rewritten + review + unhandled);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });

  it('over several checkouts: one run each, paths relative to its checkout; after --write no pending sites remain', async () => {
    const sample = workTree(path.join(REPO, 'fixtures/proctortrack/sample-checkout/input'));
    const roots = readdirSync(sample).map((name) => path.join(sample, name));
    const options = { roots, campaign: campaign.campaign, codemods: campaign.codemods, jobs: 1 };
    const dry = await runCodemods({ ...options, write: false });
    const log = JSON.parse(renderSarif(runFindings(dry), rulesOf(campaign.codemods), TOOL, dry.checkouts));
    expect(validate(log)).toBe(true);
    expect(log.runs).toHaveLength(roots.length);
    const uris = log.runs.flatMap((run: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }) =>
      run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri),
    );
    expect(uris.length).toBeGreaterThan(0);
    expect(uris.filter((uri: string) => uri.startsWith('/') || uri.startsWith('..') || roots.some((root) => uri.startsWith(path.basename(root))))).toEqual([]);
    const written = await runCodemods({ ...options, write: true });
    const after = runFindings(written);
    expect(after.filter((f) => f.ruleId !== 'file-skipped' && !written.reviewItems.some((item) => item.siteKind === f.ruleId))).toEqual([]);
    const moved = written.reviewItems.filter((i) => i.lineAfter !== undefined && i.lineAfter !== i.line);
    expect(moved.length).toBeGreaterThan(0);
    for (const item of moved) {
      expect(after.some((f) => f.path.endsWith(item.path) && f.line === item.lineAfter)).toBe(true);
    }
  });

  it('a result without findings is still a valid log with one run per checkout', () => {
    const log = JSON.parse(renderSarif([], [], TOOL, ['/a/edx-platform', '/a/frontend']));
    expect(validate(log)).toBe(true);
    expect(log.runs.map((r: { originalUriBaseIds: { SRCROOT: { uri: string } } }) => r.originalUriBaseIds.SRCROOT.uri)).toEqual(['file:///a/edx-platform/', 'file:///a/frontend/']);
  });
});

describe('GitHub annotations', () => {
  it('one workflow command per finding, paths relative to the workspace, special characters escaped', () => {
    const text = renderGithub(
      [
        { ruleId: 'RR-3', level: 'warning', message: 'Review: 50% done\nnext line', root: '/ws/edx-platform', path: 'cms/a,b.py', line: 8 },
        { ruleId: 'audit/vendor', level: 'error', message: 'unhandled: x', root: '/ws/edx-platform', path: 'lms/c.py', line: 3, column: 5 },
      ],
      '/ws',
    );
    expect(text).toBe(
      '::warning file=edx-platform/cms/a%2Cb.py,line=8,title=RR-3::Review: 50%25 done%0Anext line\n' +
        '::error file=edx-platform/lms/c.py,line=3,col=5,title=audit/vendor::unhandled: x\n',
    );
  });
});

describe('--format on the command line', () => {
  it('run --check --format sarif prints the log on stdout and keeps the exit code', async () => {
    const root = tree();
    const { code, out } = await cli(['run', 'show-review-rules', root, '--check', '--format', 'sarif', '--no-progress']);
    expect(code).toBe(1);
    expect(validate(JSON.parse(out))).toBe(true);
  });

  it('audit --format github prints annotations, exit 1 while items remain', async () => {
    const root = tree();
    const { code, out } = await cli(['audit', 'proctortrack', root, '--format', 'github']);
    expect(code).toBe(1);
    expect(out.split('\n').filter(Boolean).every((line) => /^::(warning|error) file=[^,]+,line=\d+(,col=\d+)?,title=[^:]+::/.test(line))).toBe(true);
    expect(out).toContain(FLAG_USE_PATH);
  });

  it('refuses an unknown format', async () => {
    expect(await cli(['run', 'proctortrack', tree(), '--format', 'xml'])).toMatchObject({ code: 2 });
  });
});
