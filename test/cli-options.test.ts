// `--option <codemod>.<name>=<value>`: codemods declare their options; the run (worker threads included) honours them.
import { describe, expect, it } from 'vitest';
import { registry, select } from '../codemods/registry.ts';
import { configured } from '../src/engine/codemod.ts';
import { runCodemods } from '../src/engine/run.ts';
import type { Campaign, Codemod } from '../src/engine/types.ts';
import { cli, workTree } from './support/cli.ts';

const SETTINGS = 'PROCTORING_BACKENDS = {\n    "DEFAULT": "examity",\n    "examity": {"client_id": "x"},\n    "proctortrack": {"client_id": "y"},\n}\n';
const settingsTree = (count: number) =>
  workTree(null, Object.fromEntries(Array.from({ length: count }, (_, i) => [`site${i}/lms/envs/production.py`, SETTINGS])));

describe('--option', () => {
  it('configures operator-config: another vendor that needs the escalation email', async () => {
    const { code, out } = await cli(['run', 'operator-config', settingsTree(1), '--option', 'operator-config.escalation-email-vendors=proctortrack, examity']);
    expect(code).toBe(0);
    expect(out).toContain('+    "examity": {"client_id": "x", "requires_escalation_email": True},');
    expect(out).toContain('+    "proctortrack": {"client_id": "y", "requires_escalation_email": True, "show_review_rules": False},');
  });

  it('refuses unknown options and malformed ones with exit 2, naming the known options', async () => {
    const unknown = await cli(['run', 'operator-config', settingsTree(1), '--option', 'operator-config.vendors=x']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('known: operator-config.escalation-email-vendors, operator-config.hidden-review-rules-vendors');
    const notSelected = await cli(['run', 'show-review-rules', settingsTree(1), '--option', 'operator-config.escalation-email-vendors=x']);
    expect(notSelected.code).toBe(2);
    expect(notSelected.err).toContain('the selected codemods take no options');
    expect((await cli(['run', 'operator-config', settingsTree(1), '--option', 'escalation=x'])).code).toBe(2);
  });

  it('lists the options', async () => {
    expect((await cli(['list'])).out).toContain('--option operator-config.escalation-email-vendors=');
  });

  it('reaches worker threads: the pooled run equals the in-process one', async () => {
    const { campaign, codemods } = select(['operator-config']) as { campaign: Campaign; codemods: Codemod[] };
    const codemodOptions = { 'operator-config': { 'escalation-email-vendors': 'examity' } };
    const options = { roots: [settingsTree(60)], campaign, codemods: configured(codemods, codemodOptions), codemodOptions, write: false };
    const inProcess = await runCodemods({ ...options, jobs: 1 });
    const pooled = await runCodemods({ ...options, jobs: 2, registryModule: registry.moduleUrl });
    expect(pooled.files.map((f) => f.after)).toEqual(inProcess.files.map((f) => f.after));
    expect(inProcess.files[0].after).toContain('"examity": {"client_id": "x", "requires_escalation_email": True}');
    expect(inProcess.files[0].after).toContain('"proctortrack": {"client_id": "y", "show_review_rules": False}');
  });
});
