// What `audit proctortrack` counts (spec section 0: the vendor, the flag, the option, the package) and what it may leave (section 8).
import type { AuditRules } from '../../src/engine/types.ts';
import { VENDOR_WORD_PATTERN } from './vendor.ts';

/** Settings that operators own (spec section 6): their `proctortrack` backend entry stays, with the two new keys. */
const OPERATOR_SETTINGS = ['**/*.yml', '**/*.yaml', '**/envs/**/*.py', '**/settings/**/*.py', '**/*settings*.py'];

export const proctortrackAuditRules: AuditRules = {
  // Order matters: the package name contains the vendor name and is counted once, as the package.
  terms: [
    { name: 'package', pattern: /edx[-_.]proctoring[-_.]proctortrack/gi },
    { name: 'flag', pattern: /SHOW_REVIEW_RULES_FLAG/g },
    { name: 'option', pattern: /create_zendesk_tickets|createZendeskTickets/g },
    { name: 'vendor', pattern: VENDOR_WORD_PATTERN },
  ],
  // Section 8's other items (review-rules consumers, checklist plumbing, LTI, software_secure/mockprock test
  // providers, generic escalation-email code) never contain a term, so they need no rule here.
  allowed: [
    { reason: 'Zendesk code unrelated to proctoring (spec section 8)', paths: ['**/zendesk_proxy/**'] },
    {
      reason: "the operator's own proctortrack backend entry (spec section 6)",
      paths: OPERATOR_SETTINGS,
      line: /^\s*(["']?proctortrack["']?\s*:|["']?DEFAULT["']?\s*:\s*["']?proctortrack["']?\s*,?\s*(#.*)?$)/,
    },
    { reason: 'operators install the plugin themselves (spec section 0)', paths: ['**/requirements/**/private.*'] },
    { reason: 'translation catalogues are regenerated from the source strings', paths: ['**/*.po', '**/i18n/messages/**'] },
    { reason: 'history: changelogs, decision records and migrations record what was', paths: ['**/CHANGELOG*', '**/docs/decisions/**', '**/migrations/**'] },
    { reason: 'points at the deprecation itself', line: /DEPR[- #]*36329|issues\/36329/ },
    {
      reason: 'message ids never change: translations key on them (FE-7)',
      paths: ['**/*.js', '**/*.jsx', '**/*.ts', '**/*.tsx'],
      line: /^\s*id:\s*(['"`])[\w.-]*proctortrack[\w.-]*\1\s*,?\s*$/i,
    },
  ],
};
