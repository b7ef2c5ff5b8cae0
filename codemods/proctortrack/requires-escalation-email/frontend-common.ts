// Spec section 4 (FE-1..FE-5, FE-7) and 5: names and file filters the frontend parts of this codemod share.
import type { TransformContext } from '../../../src/engine/types.ts';

/** Needles are literal: every spelling of the vendor seen in frontends. */
export const VENDOR_NEEDLES = ['proctortrack', 'Proctortrack', 'ProctorTrack', 'PROCTORTRACK'];

export const STATE = 'requiresEscalationEmailProviders';
export const SETTER = 'setRequiresEscalationEmailProviders';
export const RESPONSE_KEY = 'requires_escalation_email_providers';
export const AVAILABLE_KEY = 'available_proctoring_providers';
/** The settings object of the GET response (`<resp>.data.proctored_exam_settings`). */
export const SETTINGS_KEY = 'proctored_exam_settings';
/** FE-5: what the load effect's `isProctortrack` boolean becomes. */
export const REQUIRED_FLAG = 'isEscalationEmailRequired';

// Test data modules outside test folders count too (`data/mockApiResponses.js`, `mocks.js`, `settings.mock.ts`).
const TEST_PATH = /(^|\/)(__tests__|__mocks__|__fixtures__|__factories__|mocks\/|setupTest)|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/|\.)mocks?([A-Z_.-][^/]*)?\.[cm]?[jt]sx?$/;

export function isTestPath(relPath: string): boolean {
  return TEST_PATH.test(relPath);
}

/** Run `read` on a file jscodeshift/babel may fail to parse (vendored bundles, exotic syntax); null (and a note) then. */
export function parsedOrNull<T>(relPath: string, ctx: TransformContext, read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    ctx.warn(`${relPath} did not parse for the frontend rewrite (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); only its vendor names are reported`);
    return null;
  }
}

const SNAPSHOT_ASSERTION = /\.toMatch(Inline)?Snapshot\(/;

/**
 * A changed test file with Jest snapshots: their saved output (`__snapshots__/*.snap`, generated files the campaign
 * never edits) still shows the old provider and the Zendesk radios, so they must be regenerated and read.
 */
export function snapshotFollowUp(text: string, changed: boolean, ctx: TransformContext): void {
  if (!changed || !SNAPSHOT_ASSERTION.test(text)) return;
  ctx.followUp('regenerate the Jest snapshots of the rewritten frontend tests (`npm test -- -u`) and read their diff: saved snapshots still show the old provider name and the Zendesk tickets radios');
}
