// EE-1..EE-4, EE-7: Python-side wording that replaces text naming Proctortrack. Labels and display names use the
// campaign's table (../wording.ts); the comment and help-sentence rules below are specific to edx-platform's Python.
import { capitalised, neutralWording, startsSentence } from '../wording.ts';

export const HELPER = 'requires_escalation_email';
export const PROVIDERS_FUNCTION = 'get_requires_escalation_email_providers';
export const PROVIDERS_KEY = 'requires_escalation_email_providers';
export const VENDOR = /proctortrack/i;

/** A rewording rule: the first rule whose pattern matches a text rewrites it; text no rule matches is a review item. */
export interface Rewording {
  pattern: RegExp;
  replacement: string;
}

/** Comments above (or inside) the rewritten escalation-email checks (EE-1, EE-2, EE-3, EE-6). */
export const COMMENT_REWORDINGS: Rewording[] = [
  { pattern: /"?Proctortrack Exam Escalation Contact"?/gi, replacement: '"Proctoring Exam Escalation Contact"' },
  {
    pattern: /\b(?:if|when|unless) (?:the )?Proctortrack (?:backend |provider )?is not (?:an? )?(?:available|configured|enabled)(?: as an?)?(?: available)? proctoring (?:provider|backend)s?/gi,
    replacement: 'unless an available proctoring backend requires an escalation email',
  },
  {
    pattern: /\b(?:if|when) the proctoring (?:backend|provider) is not ['"]?proctortrack['"]?/gi,
    replacement: 'unless an available proctoring backend requires an escalation email',
  },
  {
    pattern: /\b(?:if|when) ['"]?proctortrack['"]? is (?:the|your) (?:proctoring )?provider/gi,
    replacement: "when the proctoring provider's backend requires an escalation email",
  },
  {
    pattern: /\b(?:if|when) (?:the )?(?:proctoring )?provider is (?:set to )?['"]?proctortrack['"]?/gi,
    replacement: "if the proctoring provider's backend requires it",
  },
  {
    pattern: /\b(?:if|when) ['"]?Proctortrack['"]? is (?:chosen|selected|used|set) as (?:the|your) proctoring provider/gi,
    replacement: "if the proctoring provider's backend requires it",
  },
  {
    pattern: /\b(?:is )?(?:currently )?only required for (?:courses using|the) ['"]?Proctortrack['"]?(?: provider)?/gi,
    replacement: 'is required when the proctoring provider\'s backend sets "requires_escalation_email"',
  },
  {
    pattern: /\bOnly Proctortrack requires (?:it|an? (?:exam )?escalation (?:email|contact))/gi,
    replacement: 'Only providers whose backend sets "requires_escalation_email" require an escalation email',
  },
  { pattern: /\bProctortrack requires (?:it|an? (?:exam )?escalation (?:email|contact))/gi, replacement: 'the provider\'s backend requires an escalation email' },
  {
    pattern: /\bProctortrack is the only (?:proctoring )?provider that (?:needs|requires) an? (?:exam )?escalation (?:email|contact)/gi,
    replacement: 'Providers whose backend sets "requires_escalation_email" need an escalation email',
  },
  { pattern: /\bunless (?:the )?Proctortrack (?:backend |provider )?is (?:configured|available|enabled)/gi, replacement: 'unless a configured proctoring backend requires it' },
  { pattern: /\b(?:a )?(?:proctoring )?provider change to Proctortrack\b/gi, replacement: 'a change to a provider that requires an escalation email' },
];

/** EE-4: the first sentence of the field's help text (no quotes in the replacement: it goes into either quote style). */
export const HELP_REWORDINGS: Rewording[] = [
  {
    pattern: /Required if \\?['"]?proctortrack\\?['"]? is (?:selected|chosen|set) as (?:your|the) proctoring provider\./gi,
    replacement: 'Required if the proctoring backend of this course sets requires_escalation_email.',
  },
];

/** The text with every matching rule applied (a replacement starting a sentence is capitalised), or null when some mention of the vendor is left. */
export function reword(text: string, rules: Rewording[]): string | null {
  let out = text;
  for (const rule of rules) {
    out = out.replace(rule.pattern, (_match, offset: number, whole: string) => (startsSentence(whole, offset) ? capitalised(rule.replacement) : rule.replacement));
  }
  return VENDOR.test(out) ? null : out;
}

/** Labels and display names, through the campaign's wording table; null when a vendor mention is left. */
export function neutralLabel(text: string): string | null {
  const { text: out, complete } = neutralWording(text);
  return complete ? out : null;
}
