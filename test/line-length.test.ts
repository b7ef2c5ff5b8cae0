// Lines a rewrite makes too long: wrapped as black (Python) or prettier/airbnb's eslint rules (JS) would, only where
// the rewrite lengthened them, always re-parsing; strings, JSX and directives are never split.
import { describe, expect, it } from 'vitest';
import { parse, syntaxErrorCount } from '../src/engine/languages.ts';
import { lengthenedLines, wrapLengthened } from '../src/engine/line-wrap.ts';
import type { FileKind } from '../src/engine/types.ts';

/** The rewrite `before` -> `after`, wrapped at `limit`: the final text and the warning. */
function wrap(kind: FileKind, after: string, limit: number, before = 'x = 1\n') {
  const wrapped = wrapLengthened(kind, before, after, () => parse(kind, after), limit);
  const text = wrapped?.text ?? after;
  expect(syntaxErrorCount(kind, text), 'the wrapped text parses').toBe(0);
  if (wrapped) expect(wrapLengthened(kind, before, text, () => parse(kind, text), limit)?.edits ?? [], 'wrapping again changes nothing').toEqual([]);
  return { text, warning: wrapped?.warning };
}

const py = (lines: string[]) => `${lines.join('\n')}\n`;

describe('which lines', () => {
  it('counts only lines the rewrite made longer than the limit', () => {
    const before = py(['a' + 'x'.repeat(30), 'short', 'b' + 'y'.repeat(30)]);
    const after = py(['a' + 'x'.repeat(35), 'short and now long enough', 'b' + 'y'.repeat(20)]);
    expect(lengthenedLines(before, after, 24)).toEqual([2]);
  });
  it('counts an inserted line, and pairs a changed line with the one it replaced', () => {
    expect(lengthenedLines(py(['one']), py(['one', 'two two two']), 5)).toEqual([2]);
    expect(lengthenedLines(py(['one', 'three']), py(['one', 'three three']), 5)).toEqual([2]);
  });
});

describe('Python (black)', () => {
  it('splits a condition with one operator at its last call, as black does', () => {
    const { text } = wrap('python', py(['if proctoring_provider in available_providers and requires_escalation_email(proctoring_provider):', '    pass']), 88);
    expect(text).toBe(py(['if proctoring_provider in available_providers and requires_escalation_email(', '    proctoring_provider', '):', '    pass']));
  });
  it('puts a condition with several operators in parentheses, one operand per line', () => {
    const { text } = wrap('python', py(['if provider in available and requires_escalation_email(provider) and not settings.DEBUG:', '    pass']), 60);
    expect(text).toBe(py(['if (', '    provider in available', '    and requires_escalation_email(provider)', '    and not settings.DEBUG', '):', '    pass']));
  });
  it('keeps call arguments on one line when they fit, else one per line with a trailing comma', () => {
    const call = "course = CourseFactory.create(proctoring_provider='test_proctoring_provider', proctoring_escalation_email='e@x.org')";
    expect(wrap('python', py([call]), 100).text).toBe(
      py(['course = CourseFactory.create(', "    proctoring_provider='test_proctoring_provider', proctoring_escalation_email='e@x.org'", ')']),
    );
    expect(wrap('python', py([call]), 60).text).toBe(
      py(['course = CourseFactory.create(', "    proctoring_provider='test_proctoring_provider',", "    proctoring_escalation_email='e@x.org',", ')']),
    );
  });
  it('splits a dict entry of an exploded dict at its last bracket (nested brackets, double quotes)', () => {
    const entry = '        "message": _("Provider \'{provider}\' requires an exam escalation contact.").format(provider=provider),';
    const { text } = wrap('python', py(['errors.append({', entry, '})']), 100);
    expect(text).toBe(py(['errors.append({', '        "message": _("Provider \'{provider}\' requires an exam escalation contact.").format(', '            provider=provider', '        ),', '})']));
  });
  it('explodes a dict value at its outermost braces; inner dicts that fit stay whole (single quotes)', () => {
    const { text } = wrap('python', py(["BACKENDS = {'DEFAULT': 'proctortrack', 'proctortrack': {'requires_escalation_email': True}, 'null': {}}"]), 70);
    expect(text).toBe(py(['BACKENDS = {', "    'DEFAULT': 'proctortrack',", "    'proctortrack': {'requires_escalation_email': True},", "    'null': {},", '}']));
  });
  it('keeps a comment ending the line on the first line (where pylint and flake8 read it)', () => {
    const { text } = wrap('python', py(['from xmodule.course_block import get_available_providers, get_requires_escalation_email_providers  # pylint: disable=wrong-import-order']), 100);
    expect(text).toBe(py(['from xmodule.course_block import (  # pylint: disable=wrong-import-order', '    get_available_providers,', '    get_requires_escalation_email_providers,', ')']));
  });
  it('never splits a string: a line that is one long string is left and named in the warning', () => {
    const long = `    label = "${'Enter an email address to be contacted by the support team '.repeat(2)}"`;
    const { text, warning } = wrap('python', py(['def f():', long]), 80);
    expect(text).toBe(py(['def f():', long]));
    expect(warning).toMatch(/^line-length: line 2 is longer than 80 characters after the rewrite and could not be wrapped/);
  });
  it('leaves a line continued with a backslash (its statement goes on below)', () => {
    const continued = py(['x = call_something(argument_number_one, argument_number_two) + \\', '    other']);
    const { text, warning } = wrap('python', continued, 40);
    expect(text).toBe(continued);
    expect(warning).toMatch(/line 1 is longer than 40/);
  });
  it('leaves a line that was already too long before the rewrite', () => {
    const before = py(["x = call(argument_one, argument_two, 'proctortrack', argument_four)"]);
    const after = py(["x = call(argument_one, argument_two, 'test_proctoring_provider', argument_four)"]);
    expect(wrapLengthened('python', before, after, () => parse('python', after), 40)).toBeNull();
  });
  it('re-wraps a lengthened comment line at words, but not a # line inside a string', () => {
    const comment = '    # Do not show the escalation contact unless an available proctoring backend requires one';
    expect(wrap('python', py(['def f():', comment, '    return 1']), 60).text).toBe(
      py(['def f():', '    # Do not show the escalation contact unless an available', '    # proctoring backend requires one', '    return 1']),
    );
    const { text, warning } = wrap('python', py(['x = """', comment, '"""']), 60);
    expect(text).toBe(py(['x = """', comment, '"""']));
    expect(warning).toMatch(/line 2 is longer/);
  });
});

describe('JavaScript (airbnb eslint, prettier)', () => {
  it('puts broken call arguments one per line with a trailing comma', () => {
    const { text } = wrap('javascript', 'function load() {\n  setRequiresEscalationEmailProviders(settingsResponse.data.requires_escalation_email_providers);\n}\n', 80);
    expect(text).toBe('function load() {\n  setRequiresEscalationEmailProviders(\n    settingsResponse.data.requires_escalation_email_providers,\n  );\n}\n');
  });
  it('breaks a condition before its operators, or after them in a file that puts them at line ends', () => {
    const condition = "  if (requiresEscalationEmailProviders.includes(proctoringProvider) && !proctortrackEscalationEmail) {\n    x();\n  }\n";
    expect(wrap('javascript', condition, 80).text).toBe(
      '  if (\n    requiresEscalationEmailProviders.includes(proctoringProvider)\n    && !proctortrackEscalationEmail\n  ) {\n    x();\n  }\n',
    );
    const trailing = `const ok = a &&\n  b;\n${condition}`;
    expect(wrap('javascript', trailing, 80).text).toBe(
      'const ok = a &&\n  b;\n  if (\n    requiresEscalationEmailProviders.includes(proctoringProvider) &&\n    !proctortrackEscalationEmail\n  ) {\n    x();\n  }\n',
    );
  });
  it('wraps a long value in parentheses (airbnb: no break at `=`), or breaks after `=` where the file follows prettier', () => {
    const assignment = '  const isEscalationEmailRequired = settingsResponse.data.requires_escalation_email_providers.includes(selectedProvider);\n';
    expect(wrap('javascript', assignment, 100).text).toBe(
      '  const isEscalationEmailRequired = (\n    settingsResponse.data.requires_escalation_email_providers.includes(selectedProvider)\n  );\n',
    );
    expect(wrap('javascript', `const ok = a ||\n  b;\n${assignment}`, 100).text).toBe(
      'const ok = a ||\n  b;\n  const isEscalationEmailRequired =\n    settingsResponse.data.requires_escalation_email_providers.includes(selectedProvider);\n',
    );
  });
  it('keeps a poorly breakable call whole inside the parentheses', () => {
    const { text } = wrap('javascript', '  const [requiresEscalationEmailProviders, setRequiresEscalationEmailProviders] = React.useState([]);\n', 100);
    expect(text).toBe('  const [requiresEscalationEmailProviders, setRequiresEscalationEmailProviders] = (\n    React.useState([])\n  );\n');
  });
  it('hugs a lone object argument and explodes its properties (double quotes kept)', () => {
    const { text } = wrap('javascript', '  mockSettings({ available_proctoring_providers: ["mockproc"], requires_escalation_email_providers: [] });\n', 100);
    expect(text).toBe('  mockSettings({\n    available_proctoring_providers: ["mockproc"],\n    requires_escalation_email_providers: [],\n  });\n');
  });
  it('keeps a line comment on the first line, and puts no trailing comma after a rest element', () => {
    const { text } = wrap('javascript', 'const { proctoringProvider, escalationEmail, ...remainingFormValues } = formValues; // from the form\n', 60);
    expect(text).toBe('const { // from the form\n  proctoringProvider,\n  escalationEmail,\n  ...remainingFormValues\n} = formValues;\n');
  });
  it('leaves JSX lines alone and names them', () => {
    const jsx = 'const A = () => (\n  <Form.Group controlId="formEscalationEmail" isInvalid={requiresEscalationEmail && !escalationEmail}>x</Form.Group>\n);\n';
    const { text, warning } = wrap('javascript', jsx, 80);
    expect(text).toBe(jsx);
    expect(warning).toMatch(/line 2 is longer than 80/);
  });
  it('puts no trailing comma after a TypeScript rest parameter, and indents with the file\'s tabs', () => {
    const { text } = wrap('typescript', 'function load(courseId: string, ...remainingArgumentsForTheLoader: string[]) {\n\treturn 1;\n}\n', 60);
    expect(text).toBe('function load(\n\tcourseId: string,\n\t...remainingArgumentsForTheLoader: string[]\n) {\n\treturn 1;\n}\n');
  });
  it('follows TypeScript the same way', () => {
    const { text } = wrap('typescript', 'export const settings: Settings = buildSettings(availableProctoringProviders, requiresEscalationEmailProviders);\n', 80);
    expect(text).toBe('export const settings: Settings = buildSettings(\n  availableProctoringProviders,\n  requiresEscalationEmailProviders,\n);\n');
  });
});
