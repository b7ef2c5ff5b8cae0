// Campaign text for `--report` (the PR description) and `--branch` (commit messages): spec sections 0 and 6.
import type { CampaignReportNotes } from '../../src/engine/types.ts';

const OPERATOR_NOTE = `Proctortrack is no longer installed with the platform, and two behaviours that were tied to the provider
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

- \`requires_escalation_email\` (default False): Studio requires a proctoring escalation email for courses using the backend.
- \`show_review_rules\` (default True): Studio shows the "Review Rules" field for the backend's exams. The
  \`studio.show_review_rules\` course waffle flag is gone: the setting now decides for every course.
- The \`create_zendesk_tickets\` advanced setting is removed: no Zendesk ticket is created for suspicious proctored
  attempts any more (\`InstructorService.send_support_notification\` is a no-op).`;

export const proctortrackReportNotes: CampaignReportNotes = {
  title: { type: 'feat', subject: 'remove Proctortrack-specific logic and the create_zendesk_tickets option (DEPR #36329)' },
  breakingChange:
    'the `proctortrack` PROCTORING_BACKENDS entry must set "requires_escalation_email": True and "show_review_rules": False ' +
    'to keep its behaviour; the studio.show_review_rules waffle flag and the create_zendesk_tickets course option are removed; ' +
    'edx-proctoring-proctortrack is no longer a base requirement.',
  operatorNote: OPERATOR_NOTE,
  commits: {
    'remove-create-zendesk-tickets': { type: 'feat', subject: 'remove the create_zendesk_tickets course option' },
    'requires-escalation-email': { type: 'feat', subject: 'require the escalation email per proctoring backend (requires_escalation_email)' },
    'show-review-rules': { type: 'feat', subject: 'replace the studio.show_review_rules flag with the backend setting show_review_rules' },
    'drop-proctortrack-package': { type: 'build', subject: 'drop edx-proctoring-proctortrack from the base requirements' },
    'operator-config': { type: 'feat', subject: 'set requires_escalation_email and show_review_rules on the proctortrack backend' },
  },
};
