// Requirement names as pip reads them: PEP 503 normalisation and the project name of one requirement line.

/** PEP 503: runs of `-`, `_` and `.` are equivalent, case is not significant. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
/** What may follow a name in a requirement specifier: extras, a version, a marker, a URL, options, or nothing. */
const AFTER_NAME = /^\s*(?:\[[^\]]*\]\s*)?(?:$|==|>=|<=|~=|!=|<|>|;|@|--)/;
const COMMENT = /(^|\s)#.*$/;

/** The `#egg=` project name; a `-<version>` suffix (setuptools' `#egg=name-1.2.0` convention) is not part of it. */
function eggName(url: string): string | null {
  const egg = /[#&]egg=([A-Za-z0-9._-]+?)(?:-\d+(?:\.\d+)+[A-Za-z0-9.+!]*)?(?![A-Za-z0-9._-])/.exec(url);
  return egg ? egg[1] : null;
}

/**
 * The normalised project name a requirement line (continuations already joined) installs, or null for options
 * (`-r`, `-c`, `--index-url` ...), URLs without `#egg=`, local paths and lines that are not requirements.
 */
export function requirementName(line: string): string | null {
  const text = line.trim();
  const editable = /^(?:-e|--editable)(?:\s+|=)?(\S+)/.exec(text);
  if (editable) return nameOrNull(eggName(editable[1]));
  if (text.startsWith('-')) return null;
  const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*@\s*\S/.exec(text);
  if (direct) return normalizeName(direct[1]);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:git|hg|svn|bzr)\+/.test(text)) return nameOrNull(eggName(text));
  const uncommented = text.replace(COMMENT, '');
  const name = NAME.exec(uncommented);
  if (!name || !AFTER_NAME.test(uncommented.slice(name[1].length))) return null;
  return normalizeName(name[1]);
}

function nameOrNull(name: string | null): string | null {
  return name ? normalizeName(name) : null;
}
