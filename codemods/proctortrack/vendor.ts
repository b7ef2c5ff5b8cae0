// The deprecated vendor as every codemod of the campaign matches it: one place.

/** The backend name, in PROCTORING_BACKENDS and in provider comparisons. */
export const VENDOR = 'proctortrack';
/** Any mention of the vendor, in any case (`ProctorTrack`, `PROCTORTRACK`, inside identifiers too). */
export const VENDOR_MENTION = /proctortrack/i;
/**
 * The vendor as a word of its own: alone, a camelCase/PascalCase/snake_case part (`showProctortrackEmail`,
 * `PROCTORTRACK_LABEL`), never letters inside a longer word (`notproctortrackish`).
 */
export const VENDOR_WORD_PATTERN =
  /(?:(?<![A-Za-z0-9])|(?<=[a-z0-9])(?=P))[Pp]roctor[Tt]rack(?![a-z0-9])|(?<![A-Za-z0-9])PROCTORTRACK(?![A-Za-z0-9])/g;
