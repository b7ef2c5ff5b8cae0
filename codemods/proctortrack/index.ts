// Campaign `proctortrack`: Open edX DEPR #36329 (sites: docs/campaigns/proctortrack.md). Codemods run in this order.
import type { Campaign } from '../../src/engine/types.ts';
import { proctortrackAuditRules } from './audit-rules.ts';
import { removeCreateZendeskTickets } from './remove-create-zendesk-tickets/index.ts';
import { proctortrackReportNotes } from './report-notes.ts';
import { requiresEscalationEmail } from './requires-escalation-email/index.ts';
import { showReviewRules } from './show-review-rules.ts';
import { dropProctortrackPackage } from './drop-proctortrack-package/index.ts';
import { operatorConfig } from './operator-config/index.ts';

export const proctortrack: Campaign = {
  name: 'proctortrack',
  description: 'DEPR #36329: remove Proctortrack-specific logic and the create_zendesk_tickets course option',
  url: 'https://github.com/openedx/edx-platform/issues/36329',
  codemods: [removeCreateZendeskTickets, requiresEscalationEmail, showReviewRules, dropProctortrackPackage, operatorConfig],
  reportNotes: proctortrackReportNotes,
  audit: proctortrackAuditRules,
};
