// Spec sites ZD-1..ZD-8, FE-6, FE-8, FE-9: one codemod, a part per language/site family.
import type { Codemod } from '../../../src/engine/types.ts';
import { frontendJs } from './frontend-js.ts';
import { frontendTs } from './frontend-ts.ts';
import { frontendTestZendesk } from './frontend-test-zendesk.ts';
import { rstReadme } from './rst-readme.ts';
import { pythonParts } from './python.ts';

export const removeCreateZendeskTickets: Codemod = {
  name: 'remove-create-zendesk-tickets',
  description: 'Remove the create_zendesk_tickets course option and every reader, serializer, UI and mock of it',
  siteIds: ['ZD-1', 'ZD-2', 'ZD-3', 'ZD-4', 'ZD-5', 'ZD-6', 'ZD-7', 'ZD-8', 'FE-6', 'FE-8', 'FE-9'],
  parts: [...pythonParts, frontendTestZendesk, frontendJs, frontendTs, rstReadme],
};
