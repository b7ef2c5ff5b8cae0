// The deprecated vendor as every codemod of the campaign matches it: one place.

/** The backend name, in PROCTORING_BACKENDS and in provider comparisons. */
export const VENDOR = 'proctortrack';
/** Any mention of the vendor, in any case (`ProctorTrack`, `PROCTORTRACK`, inside identifiers too). */
export const VENDOR_MENTION = /proctortrack/i;
