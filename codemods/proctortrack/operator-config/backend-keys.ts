// Which keys each vendor's PROCTORING_BACKENDS entry must carry after DEPR #36329 (spec sections 0 and 6): one table.
import { VENDOR } from '../vendor.ts';

/** Per vendor (backend name), the keys to add when absent, with their boolean value. */
export type BackendKeys = Record<string, Record<string, boolean>>;

export interface OperatorConfigOptions {
  /** Backends whose courses need a proctoring escalation email (they get `requires_escalation_email: True`). */
  escalationEmailVendors?: string[];
  /** Backends that hid the Review Rules field (they get `show_review_rules: False`). */
  hiddenReviewRulesVendors?: string[];
  /** Operators who keep Proctortrack: the requirement to add where their deployment installs extra packages. */
  keepVendorPackage?: string;
}

export const DEFAULT_OPTIONS: Required<Omit<OperatorConfigOptions, 'keepVendorPackage'>> = {
  escalationEmailVendors: [VENDOR],
  hiddenReviewRulesVendors: [VENDOR],
};

/** The key table for a configuration; keys keep the order `requires_escalation_email`, `show_review_rules`. */
export function backendKeysFor(options: OperatorConfigOptions = {}): BackendKeys {
  const { escalationEmailVendors, hiddenReviewRulesVendors } = { ...DEFAULT_OPTIONS, ...options };
  const table: BackendKeys = {};
  for (const vendor of escalationEmailVendors) table[vendor] = { requires_escalation_email: true };
  for (const vendor of hiddenReviewRulesVendors) table[vendor] = { ...table[vendor], show_review_rules: false };
  // `DEFAULT` holds a backend name, never an entry: it is never edited.
  delete table.DEFAULT;
  return table;
}

/** The backends setting under its Django name and the ansible (`EDXAPP_`) name. */
export const BACKENDS_SETTING = /^(EDXAPP_)?PROCTORING_BACKENDS$/;

/** A Python snippet that adds the keys to an entry of a dict built at run time, without creating the entry. */
export function pythonSnippet(setting: string, vendor: string, keys: Record<string, boolean>, quote: string): string {
  const q = (s: string) => `${quote}${s}${quote}`;
  const lines = Object.entries(keys).map(([key, value]) => `    ${setting}[${q(vendor)}].setdefault(${q(key)}, ${value ? 'True' : 'False'})`);
  return [`if ${q(vendor)} in ${setting}:`, ...lines].join('\n');
}

/** The YAML form of the same keys, for the configuration the dict is read from. */
export function yamlSnippet(vendor: string, keys: Record<string, boolean>): string {
  return [`${vendor}:`, ...Object.entries(keys).map(([key, value]) => `  ${key}: ${value}`)].join('\n');
}
