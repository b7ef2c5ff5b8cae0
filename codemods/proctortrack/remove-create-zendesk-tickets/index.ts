// Spec sites ZD-1..ZD-8, FE-6, FE-8, FE-9: one codemod, a part per language/site family.
import type { Codemod } from '../../../src/engine/types.ts';
import { frontendJs } from './frontend-js.ts';
import { frontendTs } from './frontend-ts.ts';
import { frontendTestZendesk } from './frontend-test-zendesk.ts';
import { rstReadme } from './rst-readme.ts';
import { pythonParts } from './python.ts';

const sites = {
  'ZD-1': 'delete the create_zendesk_tickets field of CourseFields (xmodule/course_block.py)',
  'ZD-2': 'delete the Zendesk-versus-provider check of validate_proctoring_settings, and its unused logger',
  'ZD-3': 'delete the BooleanField of both proctoring settings serializers',
  'ZD-4': "delete the key from the settings view's accepted keys and docstring example",
  'ZD-5': 'delete the entry of the course xblock-info dict (view_handlers.py, older views/item.py)',
  'ZD-6': 'turn InstructorService.send_support_notification into a documented no-op (always a review item)',
  'ZD-7': 'tests: delete payload entries, helper parameters, Zendesk-only tests and ddt columns',
  'ZD-8': 'frontends as a whole (changes report as FE-6, FE-8, FE-9); a mention left over is a ZD-8 review item',
  'FE-6': 'proctoring page: delete the state, radio name, POST key, GET mapping, JSX block and message',
  'FE-8': 'mocks (CommonJS, TS) and TS interface members: delete createZendeskTickets / create_zendesk_tickets',
  'FE-9': 'README.rst: delete the bullets about Zendesk tickets and ZENDESK_* settings',
};

export const removeCreateZendeskTickets: Codemod = {
  name: 'remove-create-zendesk-tickets',
  description: 'Remove the create_zendesk_tickets course option and every reader, serializer, UI and mock of it',
  sites,
  siteIds: Object.keys(sites),
  parts: [...pythonParts, frontendTestZendesk, frontendJs, frontendTs, rstReadme],
};
