// Campaign text for `--report` (the PR description) and `--branch` (commit messages): spec sections 0 and 6. Each
// note is chosen by what the pull request or commit changed, so a frontend PR carries no platform or operator text.
import type { CampaignReportNotes, ReportScope } from '../../src/engine/types.ts';

/** What the two backend keys do (for a platform change and for an operator's settings change alike). */
const BACKEND_KEYS = `- \`requires_escalation_email\` (default False): Studio requires a proctoring escalation email for courses using the backend.
- \`show_review_rules\` (default True): Studio shows the "Review Rules" field for the backend's exams. The
  \`studio.show_review_rules\` course waffle flag is gone: the setting now decides for every course.
- The \`create_zendesk_tickets\` advanced setting is removed: no Zendesk ticket is created for suspicious proctored
  attempts any more (\`InstructorService.send_support_notification\` is a no-op).`;

const PLATFORM_NOTE = `Proctortrack is no longer installed with the platform, and two behaviours that were tied to the provider
name \`proctortrack\` now come from its \`PROCTORING_BACKENDS\` entry. Operators who keep using Proctortrack:

1. Install the plugin themselves (\`edx-proctoring-proctortrack\`, Python and, for the MFE, npm).
2. Add two keys to the \`proctortrack\` backend entry, in LMS and CMS settings, to keep today's behaviour:

\`\`\`python
PROCTORING_BACKENDS = {
    # ... other backends ...
    "proctortrack": {
        # ... existing options ...
        "requires_escalation_email": True,
        "show_review_rules": False,
    },
}
\`\`\`

In YAML (\`lms.yml\` / \`cms.yml\`, \`EDXAPP_PROCTORING_BACKENDS\` in ansible vars, Tutor config):

\`\`\`yaml
PROCTORING_BACKENDS:
  proctortrack:
    requires_escalation_email: true
    show_review_rules: false
\`\`\`

\`openedx-codemod run operator-config <settings folder> --write\` adds them where the settings are literal.

${BACKEND_KEYS}`;

const SETTINGS_NOTE = `This sets the two keys edx-platform reads from the \`proctortrack\` \`PROCTORING_BACKENDS\` entry once it
carries DEPR #36329, so the backend keeps today's behaviour. Older platforms ignore them: merge it before upgrading.

${BACKEND_KEYS}`;

const has = (scope: ReportScope, pattern: RegExp) => Object.keys(scope.sites).some((id) => pattern.test(id));
/** Platform (Python) sites of the behaviour changes; packaging and frontends have their own footers. */
const platformBehaviour = (scope: ReportScope) => has(scope, /^(EE|RR|ZD)-/);

/** Each part of the footer, for the scopes it applies to. */
const BREAKING: [(scope: ReportScope) => boolean, string][] = [
  [platformBehaviour, 'the `proctortrack` PROCTORING_BACKENDS entry must set "requires_escalation_email": True and "show_review_rules": False to keep its behaviour'],
  [(scope) => has(scope, /^RR-1$/), 'the studio.show_review_rules waffle flag is removed'],
  [(scope) => has(scope, /^ZD-/), 'the create_zendesk_tickets course option is removed'],
  [(scope) => has(scope, /^PK-/), 'edx-proctoring-proctortrack is no longer a base requirement (operators who keep Proctortrack install it themselves)'],
  [
    (scope) => has(scope, /^FE-/),
    'the proctoring settings page requires the escalation email for the providers in the settings GET\'s `requires_escalation_email_providers` ' +
      '(edx-platform with DEPR #36329) and no longer offers create_zendesk_tickets',
  ],
];

function breakingChange(scope: ReportScope): string | undefined {
  const parts = BREAKING.filter(([applies]) => applies(scope)).map(([, text]) => text);
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

function operatorNote(scope: ReportScope): string | undefined {
  if (platformBehaviour(scope) || has(scope, /^PK-/)) return PLATFORM_NOTE;
  if (scope.changedBy.includes('operator-config')) return SETTINGS_NOTE;
  return undefined;
}

export const proctortrackReportNotes: CampaignReportNotes = {
  title: { type: 'feat', subject: 'remove Proctortrack-specific logic and the create_zendesk_tickets option (DEPR #36329)' },
  breakingChange,
  operatorNote,
  commits: {
    'remove-create-zendesk-tickets': { type: 'feat', subject: 'remove the create_zendesk_tickets course option' },
    'requires-escalation-email': { type: 'feat', subject: 'require the escalation email per proctoring backend (requires_escalation_email)' },
    'show-review-rules': { type: 'feat', subject: 'replace the studio.show_review_rules flag with the backend setting show_review_rules' },
    'drop-proctortrack-package': { type: 'build', subject: 'drop edx-proctoring-proctortrack from the base requirements' },
    'operator-config': { type: 'feat', subject: 'set requires_escalation_email and show_review_rules on the proctortrack backend' },
  },
};
