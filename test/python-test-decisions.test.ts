// Section 5 in Python: what each PROCTORING_BACKENDS override of a test module becomes, decided per override from
// what the tests it is in force for do (the fixture cases show the edits; this pins the decisions and their reasons).
import { describe, expect, it } from 'vitest';
import { decideOverrides } from '../codemods/proctortrack/requires-escalation-email/test-decisions.ts';
import { parse } from '../src/engine/languages.ts';

const name = (node: { childForFieldName(n: string): { text: string } | null }) => node.childForFieldName('name')!.text;

function decide(source: string) {
  return decideOverrides(parse('python', source)!.rootNode).map((d) => ({ action: d.action, tests: d.tests.map(name), reason: d.reason }));
}

describe('decideOverrides', () => {
  it('converts an entry a test passes, removes one no test uses', () => {
    const decisions = decide(`
class T(TestCase):
    @override_settings(PROCTORING_BACKENDS={'proctortrack': {}})
    def test_a(self):
        self.post({'proctoring_provider': 'proctortrack'})

    @patch.dict(settings.PROCTORING_BACKENDS, {'DEFAULT': 'test_proctoring_provider', 'test_proctoring_provider': {}, 'proctortrack': {}})
    def test_b(self):
        self.post({'proctoring_provider': 'test_proctoring_provider'})
`);
    expect(decisions).toEqual([
      { action: 'convert', tests: ['test_a'], reason: '' },
      { action: 'remove', tests: ['test_b'], reason: '' },
    ]);
  });

  it('reviews one override that serves the neutral provider without and the vendor with an escalation email', () => {
    const [decision] = decide(`
@ddt.data(('proctortrack', 'a@b.c'), ('test_proctoring_provider', None))
@ddt.unpack
@override_settings(PROCTORING_BACKENDS={'proctortrack': {}, 'test_proctoring_provider': {}})
def test_shown(provider, email):
    assert section(provider) == email
`);
    expect(decision.action).toBe('review');
    expect(decision.reason).toMatch(/^it uses test_proctoring_provider/);
  });

  it('merges into a neutral entry that already requires the email', () => {
    const [decision] = decide(`
@override_settings(PROCTORING_BACKENDS={'proctortrack': {}, 'test_proctoring_provider': {'requires_escalation_email': True}})
def test_both(self):
    assert check('proctortrack') and check('test_proctoring_provider')
`);
    expect(decision.action).toBe('convert');
  });

  it('counts a vendor DEFAULT as a use, and a test reading the exclude list as using the entry by its presence', () => {
    const decisions = decide(`
@override_settings(PROCTORING_BACKENDS={'DEFAULT': 'proctortrack', 'proctortrack': {}})
def test_default(self):
    assert section(make_course())['escalation_email']

@override_settings(PROCTORING_BACKENDS={'DEFAULT': 'null', 'null': {}, 'proctortrack': {}})
def test_field_shown(self):
    assert 'proctoring_escalation_email' not in CourseMetadata.get_exclude_list_of_fields(KEY)
`);
    expect(decisions.map((d) => d.action)).toEqual(['convert', 'convert']);
  });

  it('applies a class decorator, setUp and a pytest fixture to the tests they are in force for', () => {
    const decisions = decide(`
@override_settings(PROCTORING_BACKENDS={'proctortrack': {}})
class A(TestCase):
    def test_one(self):
        pass
    def test_two(self):
        post('proctortrack')

class B(TestCase):
    def setUp(self):
        self.enterContext(patch.dict(settings.PROCTORING_BACKENDS, {'proctortrack': {}}))
    def test_three(self):
        pass

@pytest.fixture
def backends(settings):
    settings.PROCTORING_BACKENDS = {'proctortrack': {}}

def test_four(backends):
    post('proctortrack')
`);
    expect(decisions).toEqual([
      { action: 'convert', tests: ['test_one', 'test_two'], reason: '' },
      { action: 'remove', tests: ['test_three'], reason: '' },
      { action: 'convert', tests: ['test_four'], reason: '' },
    ]);
  });

  it('shares a module constant between its tests, and reviews one read elsewhere', () => {
    const decisions = decide(`
SHARED = {'proctortrack': {}}
READ = {'proctortrack': {}}

@override_settings(PROCTORING_BACKENDS=SHARED)
def test_a():
    post('proctortrack')

@override_settings(PROCTORING_BACKENDS=SHARED)
def test_b():
    pass

@override_settings(PROCTORING_BACKENDS=READ)
def test_c():
    assert sorted(READ) == ['proctortrack']
`);
    expect(decisions.map(({ action, tests }) => ({ action, tests }))).toEqual([
      { action: 'convert', tests: ['test_a', 'test_b'] },
      { action: 'review', tests: ['test_c'] },
    ]);
  });

  it('reviews what no rule decides: helpers, conftest-style fixtures, entries that are not dicts or set the flag to False', () => {
    const reasons = decide(`
def _with_backends(self):
    with override_settings(PROCTORING_BACKENDS={'proctortrack': {}}):
        return self.get()

@pytest.fixture
def unused_here(settings):
    settings.PROCTORING_BACKENDS = {'proctortrack': {}}

@override_settings(PROCTORING_BACKENDS={'proctortrack': 'x'})
def test_not_a_dict():
    post('proctortrack')

@override_settings(PROCTORING_BACKENDS={'proctortrack': {'requires_escalation_email': False}})
def test_flag_false():
    post('proctortrack')
`).map((d) => d.reason);
    expect(reasons.sort()).toEqual([
      'the override is set in _with_backends, a helper or fixture: the tests using it are not traced',
      'the override is set in unused_here, a helper or fixture: the tests using it are not traced',
      'its backend entries are not plain dicts',
      'its proctortrack entry sets requires_escalation_email to False',
    ].sort());
  });

  it('leaves overrides without the vendor alone', () => {
    expect(decide(`
@override_settings(PROCTORING_BACKENDS={'DEFAULT': 'software_secure', 'software_secure': {}, 'mockprock': {}})
def test_other():
    post('mockprock')
`)).toEqual([]);
  });
});
