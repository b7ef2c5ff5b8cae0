// Spec sites ZD-8, FE-6, FE-8: the names the frontends give the create_zendesk_tickets option (shared by the JS and TS parts).

/** Object keys, list elements and field names that are the option itself. */
export const OPTION_KEYS = new Set(['createZendeskTickets', 'create_zendesk_tickets']);
/** The option's message ids (`'authoring.proctoring.createzendesk.label'`) start with this. */
export const MESSAGE_ID_PREFIX = 'authoring.proctoring.createzendesk.';

export const FRONTEND_NEEDLES = ['createZendeskTickets', 'CreateZendeskTickets', 'create_zendesk_tickets', 'authoring.proctoring.createzendesk'];
/** Any mention left after the rewrite (checked case-insensitively): a human decides. */
export const MENTION = /create_?zendesk_?tickets|authoring\.proctoring\.createzendesk/gi;

export const isOptionKey = (key: string | null | undefined): boolean => !!key && (OPTION_KEYS.has(key) || key.startsWith(MESSAGE_ID_PREFIX));

/**
 * Names of the option's own state, setter and handlers: `createZendeskTickets`, `setCreateZendeskTickets`,
 * `onCreateZendeskTicketsChange`, `handleCreateZendeskTickets`. Anything longer (`legacyCreateZendeskTicketsCount`)
 * is not assumed to be the option: it is left as a mention for review.
 */
export const isOptionBinding = (name: string | null | undefined): boolean =>
  !!name && (name === 'createZendeskTickets' || /^(set|on|handle)CreateZendeskTickets(Change|Changed)?$/.test(name));

/** FE-8 for mocks (`__mocks__/`, `mocks.ts`, `settingsMock.js`), FE-6 for the pages, messages and tests. */
export const siteIdFor = (relPath: string): string => (/(^|\/)__mocks__\/|mock[^/]*$/i.test(relPath) ? 'FE-8' : 'FE-6');
