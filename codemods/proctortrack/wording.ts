// Spec site FE-7 (and reusable by EE-4/EE-7): the campaign's one table of Proctortrack → provider-neutral wording.
// A maintainer adjusts wording here only. Rules apply in order to message text (defaultMessage, description, labels);
// words in a phrase match across any run of whitespace (multi-line template literals), the vendor's name in any case, other words as written;
// a lower-case replacement that starts a sentence is capitalised.

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

/** Any mention of the vendor, in any case (`ProctorTrack`, `PROCTORTRACK`, inside identifiers too). */
export const VENDOR_MENTION = /proctortrack/i;

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The vendor's name matches in any case ("ProctorTrack", "PROCTORTRACK"); the other words as written.
const anyCase = (word: string) => [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');

function patternOf(rule: WordingRule): RegExp {
  const words = rule.phrase.split(' ').map((word) => escaped(word).replace(/proctortrack/i, anyCase('proctortrack')));
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
