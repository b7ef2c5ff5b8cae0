// Spec sites FE-7, EE-1..EE-4, EE-7: the campaign's one place for Proctortrack → provider-neutral wording. A maintainer
// adjusts wording here only. NEUTRAL_WORDING applies in order to message text, labels and display names: words in a
// phrase match across any run of whitespace (multi-line template literals), the vendor's name in any case, other
// words as written. COMMENT_REWORDINGS and HELP_REWORDINGS reword edx-platform's Python comments and the escalation
// field's help text. A lower-case replacement that starts a sentence is capitalised; text a rule leaves naming the
// vendor becomes a review item.
import { VENDOR, VENDOR_MENTION } from './vendor.ts';

export interface WordingRule {
  /** The vendor-specific phrase, words separated by single spaces. */
  phrase: string;
  replacement: string;
}

export const NEUTRAL_WORDING: readonly WordingRule[] = [
  // Course checklist, escalation-email item (frontend-app-authoring / -course-authoring).
  { phrase: 'Add a proctortrack escalation email', replacement: 'Add an escalation email for this proctoring provider' },
  { phrase: 'Courses using Proctortrack require an escalation email', replacement: 'The selected proctoring provider requires an escalation email' },
  // frontend-app-learning outline: proctoring panel message descriptions.
  { phrase: 'proctortrack onboarding exam', replacement: 'proctored onboarding exam' },
  // Proctoring settings page messages (older pages) and edx-platform labels (title case stays title case).
  { phrase: 'Required if "proctortrack" is selected as your proctoring provider.', replacement: 'Required if the selected proctoring provider requires an escalation email.' },
  { phrase: 'if proctortrack is the selected provider', replacement: 'if the selected proctoring provider requires one' },
  { phrase: 'when Proctortrack is the provider', replacement: 'when the proctoring provider requires one' },
  { phrase: 'Proctortrack Exam Escalation Contact', replacement: 'Proctoring Exam Escalation Contact' },
  { phrase: 'Proctortrack Escalation Email', replacement: 'Proctoring Escalation Email' },
  { phrase: 'proctortrack escalation email', replacement: 'proctoring escalation email' },
];


const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The vendor's name matches in any case ("ProctorTrack", "PROCTORTRACK"); the other words as written.
const anyCase = (word: string) => [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');

function patternOf(rule: WordingRule): RegExp {
  const words = rule.phrase.split(' ').map((word) => escaped(word).replace(VENDOR_MENTION, anyCase(VENDOR)));
  return new RegExp(words.join('\\s+'), 'g');
}

const COMPILED = NEUTRAL_WORDING.map((rule) => ({ pattern: patternOf(rule), replacement: rule.replacement }));

export interface NeutralWording {
  text: string;
  /** True when no vendor mention is left: the text may replace the original. */
  complete: boolean;
}

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const startsSentence = (text: string, offset: number) => /(^|[.!?:]\s)\s*["'`(]?$/.test(text.slice(0, offset));

/** Apply the table to a piece of message text (raw source text between quotes is fine: no phrase holds an escape). */
export function neutralWording(text: string): NeutralWording {
  let out = text;
  for (const { pattern, replacement } of COMPILED) {
    out = out.replace(pattern, (_match, offset: number, whole: string) => (startsSentence(whole, offset) ? capitalised(replacement) : replacement));
  }
  return { text: out, complete: !VENDOR_MENTION.test(out) };
}

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

/** Frontend comments (a JSX comment saying PROCTORTRACK ESCALATION EMAIL): the vendor word before what it qualifies is dropped; then COMMENT_REWORDINGS. */
export const FRONTEND_COMMENT_REWORDINGS: Rewording[] = [
  { pattern: /\bproctortrack\s+(?=(?:exam\s+)?escalation\s+(?:e-?mail|contact))/gi, replacement: '' },
  ...COMMENT_REWORDINGS,
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
  return VENDOR_MENTION.test(out) ? null : out;
}

/** Labels and display names, through the campaign's wording table; null when a vendor mention is left. */
export function neutralLabel(text: string): string | null {
  const { text: out, complete } = neutralWording(text);
  return complete ? out : null;
}
