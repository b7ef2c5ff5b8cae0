// operator-config: the configurable vendor table, the settings-module filter and DEFAULT never being edited.
import { describe, expect, it } from 'vitest';
import { fileKindOf } from '../src/engine/languages.ts';
import { transformText } from '../src/engine/transform-text.ts';
import { createOperatorConfig, operatorConfig } from '../codemods/proctortrack/operator-config/index.ts';
import { isPythonSettingsModule } from '../codemods/proctortrack/operator-config/python-settings.ts';
import type { Codemod } from '../src/engine/types.ts';

function run(codemod: Codemod, relPath: string, text: string) {
  const task = { root: '/checkout', path: `/checkout/${relPath}`, relPath, kind: fileKindOf(relPath), codemods: [codemod] };
  return transformText(task, text, 'proctortrack');
}

describe('operator-config vendor table', () => {
  const withExamity = createOperatorConfig({ escalationEmailVendors: ['proctortrack', 'examity'] });

  it('adds only requires_escalation_email to another configured vendor (Python)', () => {
    const input = "PROCTORING_BACKENDS = {\n    'examity': {'client_id': 'x'},\n    'proctortrack': {},\n}\n";
    expect(run(withExamity, 'lms/envs/private.py', input).text).toBe(
      "PROCTORING_BACKENDS = {\n    'examity': {'client_id': 'x', 'requires_escalation_email': True},\n" +
        "    'proctortrack': {'requires_escalation_email': True, 'show_review_rules': False},\n}\n",
    );
  });

  it('adds only requires_escalation_email to another configured vendor (YAML)', () => {
    const input = 'PROCTORING_BACKENDS:\n  examity:\n    client_id: x\n';
    expect(run(withExamity, 'lms.yml', input).text).toBe('PROCTORING_BACKENDS:\n  examity:\n    client_id: x\n    requires_escalation_email: true\n');
  });

  it('leaves other vendors alone by default', () => {
    const input = "PROCTORING_BACKENDS = {'examity': {}}\n";
    expect(run(operatorConfig, 'lms/envs/private.py', input).status).toBe('unchanged');
  });

  it('never edits DEFAULT, even when configured as a vendor', () => {
    const codemod = createOperatorConfig({ escalationEmailVendors: ['DEFAULT'], hiddenReviewRulesVendors: ['DEFAULT'] });
    const input = "PROCTORING_BACKENDS = {'DEFAULT': {}, 'proctortrack': {}}\n";
    const result = run(codemod, 'lms/envs/private.py', input);
    expect(result.status).toBe('unchanged');
    expect(result.reviewItems).toEqual([]);
  });
});

describe('operator-config settings modules', () => {
  it.each([
    ['lms/envs/production.py', true],
    ['cms/envs/test.py', true],
    ['openedx/envs/common.py', true],
    ['myplugin/settings/common.py', true],
    ['deploy/k8s_settings.py', true],
    ['lms/djangoapps/instructor/tests/test_settings.py', false],
    ['cms/djangoapps/contentstore/test_settings_views.py', false],
    ['lms/djangoapps/proctoring/backends.py', false],
  ])('%s → %s', (relPath, expected) => {
    expect(isPythonSettingsModule(relPath)).toBe(expected);
  });
});
