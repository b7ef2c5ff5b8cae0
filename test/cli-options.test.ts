// `--option <codemod>.<name>=<value>`: codemods declare their options; the run (worker threads included) honours them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { select } from '../codemods/registry.ts';
import { main } from '../src/cli.ts';
import { configured } from '../src/codemod.ts';
import { runCodemods } from '../src/run.ts';
import type { Campaign, Codemod } from '../src/types.ts';

const SETTINGS = 'PROCTORING_BACKENDS = {\n    "DEFAULT": "examity",\n    "examity": {"client_id": "x"},\n    "proctortrack": {"client_id": "y"},\n}\n';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tree(count: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'codemod-options-'));
  temps.push(root);
  for (let i = 0; i < count; i++) {
    mkdirSync(path.join(root, `site${i}`, 'lms', 'envs'), { recursive: true });
    writeFileSync(path.join(root, `site${i}`, 'lms', 'envs', 'production.py'), SETTINGS);
  }
  return root;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

describe('--option', () => {
  it('configures operator-config: another vendor that needs the escalation email', async () => {
    const { code, stdout } = await cli(['run', 'operator-config', tree(1), '--option', 'operator-config.escalation-email-vendors=proctortrack, examity']);
    expect(code).toBe(0);
    expect(stdout).toContain('+    "examity": {"client_id": "x", "requires_escalation_email": True},');
    expect(stdout).toContain('+    "proctortrack": {"client_id": "y", "requires_escalation_email": True, "show_review_rules": False},');
  });

  it('refuses unknown options and malformed ones with exit 2, naming the known options', async () => {
    const unknown = await cli(['run', 'operator-config', tree(1), '--option', 'operator-config.vendors=x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('known: operator-config.escalation-email-vendors, operator-config.hidden-review-rules-vendors');
    const notSelected = await cli(['run', 'show-review-rules', tree(1), '--option', 'operator-config.escalation-email-vendors=x']);
    expect(notSelected.code).toBe(2);
    expect(notSelected.stderr).toContain('the selected codemods take no options');
    expect((await cli(['run', 'operator-config', tree(1), '--option', 'escalation=x'])).code).toBe(2);
  });

  it('lists the options', async () => {
    expect((await cli(['list'])).stdout).toContain('--option operator-config.escalation-email-vendors=');
  });

  it('reaches worker threads: the pooled run equals the in-process one', async () => {
    const root = tree(60);
    const { campaign, codemods } = select(['operator-config']) as { campaign: Campaign; codemods: Codemod[] };
    const codemodOptions = { 'operator-config': { 'escalation-email-vendors': 'examity' } };
    const options = { roots: [root], campaign, codemods: configured(codemods, codemodOptions), codemodOptions, write: false };
    const inProcess = await runCodemods({ ...options, jobs: 1 });
    const pooled = await runCodemods({ ...options, jobs: 2 });
    expect(pooled.files.map((f) => f.after)).toEqual(inProcess.files.map((f) => f.after));
    expect(inProcess.files[0].after).toContain('"examity": {"client_id": "x", "requires_escalation_email": True}');
    expect(inProcess.files[0].after).toContain('"proctortrack": {"client_id": "y", "show_review_rules": False}');
  });
});
