// Spec section 1: the helper module `common/djangoapps/util/proctoring.py` both backend-setting codemods import from.
import type { HelperModuleSpec } from '../../transforms/python/helper-module.ts';

export const HELPER_MODULE_PATH = 'common/djangoapps/util/proctoring.py';
export const HELPER_MODULE = 'common.djangoapps.util.proctoring';
/** Every file that needs the helper module holds this (the engine checks the module exists for each of them). */
export const HELPER_IMPORT = `from ${HELPER_MODULE} import`;

/** Top-level folders of an edx-platform checkout; the checkout root is the path above the first of them. */
const PLATFORM_TOP_FOLDERS = ['cms', 'lms', 'common', 'xmodule', 'openedx', 'scripts'];

/**
 * Where the helper module lives for a changed file of an edx-platform checkout (nested checkouts allowed), when the
 * change imports from it.
 */
export function helperModuleFor(changedRelPath: string, newText: string): string | undefined {
  if (!newText.includes(HELPER_IMPORT)) return undefined;
  const segments = changedRelPath.split('/');
  const top = segments.findIndex((s) => PLATFORM_TOP_FOLDERS.includes(s));
  if (top === -1 || !changedRelPath.endsWith('.py')) return undefined;
  return [...segments.slice(0, top), HELPER_MODULE_PATH].join('/');
}

export function isHelperModule(relPath: string): boolean {
  return relPath === HELPER_MODULE_PATH || relPath.endsWith(`/${HELPER_MODULE_PATH}`);
}

// Both functions read the raw setting by provider name. Never look up the "DEFAULT" key: its value is a name, not a dict.
export const PROCTORING_HELPERS: HelperModuleSpec = {
  docstring: 'Per-backend proctoring options, read from the ``PROCTORING_BACKENDS`` Django setting.',
  imports: [{ module: 'django.conf', name: 'settings' }],
  functions: [
    {
      name: 'requires_escalation_email',
      source: `def requires_escalation_email(provider):
    """
    Return whether courses using this proctoring provider must set a proctoring escalation email.

    Set by \`\`"requires_escalation_email": True\`\` in the provider's \`\`PROCTORING_BACKENDS\`\` entry (default False).
    """
    return settings.PROCTORING_BACKENDS.get(provider, {}).get("requires_escalation_email", False)`,
    },
    {
      name: 'show_review_rules',
      source: `def show_review_rules(provider):
    """
    Return whether Studio shows the "Review Rules" field for exams of this proctoring provider.

    Set by \`\`"show_review_rules": False\`\` in the provider's \`\`PROCTORING_BACKENDS\`\` entry (default True).
    """
    return settings.PROCTORING_BACKENDS.get(provider, {}).get("show_review_rules", True)`,
    },
  ],
};
