// EE-1..EE-8: the names this codemod writes (the helper, the providers function, the REST key) (the vendor pattern is VENDOR_MENTION in ../wording.ts).

export const HELPER = 'requires_escalation_email';
export const PROVIDERS_FUNCTION = 'get_requires_escalation_email_providers';
export const PROVIDERS_KEY = 'requires_escalation_email_providers';
