// Unit checks for the word renames of pages and tests (transforms/js/word-renames.ts with the campaign's neutral names).
import { describe, expect, it } from 'vitest';
import { neutralName } from '../codemods/proctortrack/requires-escalation-email/frontend-vendor-names.ts';
import { applyEdits } from '../src/engine/edits.ts';
import { jscodeshift } from '../transforms/js/jscodeshift.ts';
import { renameWords } from '../transforms/js/word-renames.ts';

function renamed(source: string) {
  const j = jscodeshift();
  const result = renameWords(j, j(source), source, (word) => neutralName(word));
  return { text: applyEdits(source, result.edits), skipped: Object.fromEntries(result.skipped.map((s) => [s.word, s.reason])) };
}

describe('neutralName', () => {
  it('drops the vendor word and fixes the case of what follows', () => {
    expect(neutralName('proctortrackEscalationEmail')).toBe('escalationEmail');
    expect(neutralName('setShowProctortrackEscalationEmail')).toBe('setShowEscalationEmail');
    expect(neutralName('proctorTrackEscalationEmailErrorLink')).toBe('escalationEmailErrorLink');
    expect(neutralName('ProctortrackBanner')).toBe('Banner');
    expect(neutralName('PROCTORTRACK_ESCALATION_EMAIL')).toBe('ESCALATION_EMAIL');
    expect(neutralName('show_proctortrack_email')).toBe('show_email');
  });

  it('has no neutral form for a word that is only the vendor, ends with it, or merely holds its letters', () => {
    for (const word of ['proctortrack', 'PROCTORTRACK', 'isProctortrack', 'notproctortrackish', 'PROCTORTRACKX', 'proctortrackDefault', 'proctortrack2']) {
      expect(neutralName(word), word).toBeNull();
    }
  });
});

describe('renameWords', () => {
  it('renames a binding with all its uses, in every scope, and the ids that spell it', () => {
    const { text } = renamed(`function Page() {
  const [proctortrackEmail, setProctortrackEmail] = useState('');
  const check = (proctortrackEmail) => proctortrackEmail.length > 0;
  return <input id="proctortrackEmail" value={proctortrackEmail} onChange={(e) => setProctortrackEmail(e.target.value)} aria-describedby="proctortrackEmailHelp" />;
}
const found = container.querySelector('label[for="proctortrackEmail"] + #proctortrackEmailHelp');
export default Page;
`);
    expect(text).toBe(`function Page() {
  const [email, setEmail] = useState('');
  const check = (email) => email.length > 0;
  return <input id="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="emailHelp" />;
}
const found = container.querySelector('label[for="email"] + #emailHelp');
export default Page;
`);
  });

  it('renames state keys with the strings that reach them, shorthand kept', () => {
    const { text } = renamed(`const initial = { proctortrackEmail: '' };
const [values, setValues] = useState(initial);
function onChange(event) { setValues({ ...values, [event.target.name]: event.target.value }); }
const { proctortrackEmail } = values;
const el = <input name="proctortrackEmail" value={values.proctortrackEmail} />;
`);
    expect(text).toBe(`const initial = { email: '' };
const [values, setValues] = useState(initial);
function onChange(event) { setValues({ ...values, [event.target.name]: event.target.value }); }
const { email } = values;
const el = <input name="email" value={values.email} />;
`);
  });

  it('skips a property of an object that is not declared in the file', () => {
    expect(renamed('const a = values.proctortrackEmail;\n').skipped.proctortrackEmail).toMatch(/`values`, which is not declared/);
  });

  it('skips a word used across the file boundary, or whose new name is taken in the same namespace', () => {
    const source = `import { ProctortrackLogo } from './logos';
export const PROCTORTRACK_URL = 'u';
function Field({ showProctortrackEmail }, props) { return props.proctortrackHint || showProctortrackEmail; }
const proctortrackCount = 1;
const count = 2;
const proctortrackValue = PROCTORTRACK_GLOBAL.value;
const messages = defineMessages({ proctortrackLabel: { id: 'x.proctortrackLabel', defaultMessage: 'L' } });
const testId = <div data-testid="proctortrackValue" />;
`;
    const { text, skipped } = renamed(source);
    expect(Object.keys(skipped).sort()).toEqual(['PROCTORTRACK_GLOBAL', 'PROCTORTRACK_URL', 'ProctortrackLogo', 'proctortrackCount', 'proctortrackHint', 'proctortrackLabel', 'showProctortrackEmail']);
    expect(skipped.ProctortrackLogo).toMatch(/imported/);
    expect(skipped.PROCTORTRACK_URL).toMatch(/exported/);
    expect(skipped.showProctortrackEmail).toMatch(/parameter/);
    expect(skipped.proctortrackHint).toMatch(/parameter `props`/);
    expect(skipped.proctortrackCount).toMatch(/`count`, which this file already uses/);
    expect(skipped.PROCTORTRACK_GLOBAL).toMatch(/global/);
    expect(skipped.proctortrackLabel).toMatch(/message key/);
    // A variable and a test id with the same spelling are different namespaces: both renamed; the message id is kept.
    expect(text).toContain("const value = PROCTORTRACK_GLOBAL.value;");
    expect(text).toContain('data-testid="value"');
    expect(text).toContain("id: 'x.proctortrackLabel'");
  });

  it('keeps keys of data that is not component state: payloads handed on, call results', () => {
    const source = `function Page() {
  const [values, setValues] = useState({ proctortrackEmail: '' });
  const payload = { proctortrackRegion: 'eu' };
  api.save(payload);
  const data = camelCaseObject(response);
  return data.proctortrackNotice || values.proctortrackEmail;
}
`;
    const { text, skipped } = renamed(source);
    expect(skipped.proctortrackRegion).toMatch(/not component state/);
    expect(skipped.proctortrackNotice).toMatch(/does not build/);
    expect(text).toContain("useState({ email: '' })");
    expect(text).toContain('values.email');
  });

  it('leaves module specifiers and words that merely hold the letters', () => {
    const source = `import a from 'proctortrackModule';
const notproctortrackish = require('proctortrackLib');
`;
    expect(renamed(source).text).toBe(source);
  });
});
