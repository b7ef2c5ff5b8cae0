// The `unittest` behaviour runner: discovers and runs a Python fixture's tests with `python3 -m unittest`'s loader,
// one outcome per test id (`package.module.Class.test_name`), through a small driver that prints JSON.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SuiteResult, TestOutcome } from './behaviour.ts';

const exec = promisify(execFile);

/** Discovery from the checkout root (packages need `__init__.py`, as in edx-platform); every outcome as JSON. */
const DRIVER = String.raw`
import json, sys, unittest
outcomes = []
class Result(unittest.TestResult):
    def _add(self, test, status, err=None):
        outcomes.append({"fullName": test.id(), "status": status, **({"failure": self._exc_info_to_string(err, test)} if err else {})})
    def addSuccess(self, test): self._add(test, "passed")
    def addFailure(self, test, err): self._add(test, "failed", err)
    def addError(self, test, err): self._add(test, "failed", err)
    def addSkip(self, test, reason): self._add(test, "skipped")
    def addExpectedFailure(self, test, err): self._add(test, "failed", err)
    def addUnexpectedSuccess(self, test): self._add(test, "failed")
    def addSubTest(self, test, subtest, err):
        if err: self._add(subtest, "failed", err)
suite = unittest.defaultTestLoader.discover(sys.argv[1], top_level_dir=sys.argv[1])
suite.run(Result())
print(json.dumps(outcomes))
`;

export async function unittestRunner(dir: string): Promise<SuiteResult> {
  try {
    const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' };
    const { stdout, stderr } = await exec('python3', ['-c', DRIVER, dir], { cwd: dir, env, maxBuffer: 16 * 1024 * 1024 });
    return { tests: JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as TestOutcome[], log: stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return { tests: [], log: `${failed.message}\n${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}
