// Behavioural fixture cases: a case whose case.json has `"behaviour": {...}` carries its own test suite. The harness
// copies input/ to .behaviour/<group>/<case>/input, writes the campaign's output to .behaviour/<group>/<case>/output
// (inside the project, so the suites resolve react and the testing library from its node_modules), runs the suite
// on both with the case's runner, and compares the counts.
//
// case.json: {"run": [...], "behaviour": {"runner": "vitest" (or "unittest": python3 discovery from input/), "tests": 24, "removedTests": ["<full title>", ...],
//   "forbidden": ["proctortrack", "zendesk"]}}
//   tests         how many tests the input's suite has (all must pass)
//   removedTests  full titles (describe titles and test title joined by " ") of input tests the campaign deletes;
//                 the output's suite must have exactly `tests - removedTests.length` tests, all passing
//   forbidden     case-insensitive words no line of the output may contain (except where `allowedLines` says)
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { runCodemods, type RunReport } from '../../src/engine/run.ts';
import { findCases, listFiles, type FixtureCase } from './fixtures.ts';
import { unittestRunner } from './unittest-runner.ts';

export const PROJECT = path.resolve(import.meta.dirname, '../..');
export const BEHAVIOUR_ROOT = path.join(PROJECT, '.behaviour');

export interface BehaviourSpec {
  runner: string;
  tests: number;
  removedTests?: string[];
  forbidden?: string[];
  /** `path:line` of output lines allowed to hold a forbidden word (what a review item points at). */
  allowedLines?: string[];
}

export interface BehaviourCase extends FixtureCase {
  behaviour: BehaviourSpec;
}

/** One test of a suite's run. */
export interface TestOutcome {
  /** Describe titles and the test's title, joined by spaces. */
  fullName: string;
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';
  failure?: string;
}

export interface SuiteResult {
  tests: TestOutcome[];
  /** The runner's own output when it could not report (crash, syntax error). */
  log: string;
}

/** Runs the suite below `dir` (a copy under .behaviour/) and reports every test. New runners go here. */
export type Runner = (dir: string) => Promise<SuiteResult>;

const exec = promisify(execFile);

async function vitestRunner(dir: string): Promise<SuiteResult> {
  const outputFile = path.join(dir, '..', `${path.basename(dir)}.vitest.json`);
  rmSync(outputFile, { force: true });
  const cli = path.join(PROJECT, 'node_modules/vitest/vitest.mjs');
  const args = [cli, 'run', '--config', path.join(PROJECT, 'vitest.behaviour.config.ts'), '--reporter=json', `--outputFile=${outputFile}`, path.relative(PROJECT, dir)];
  let log = '';
  try {
    const { stdout, stderr } = await exec(process.execPath, args, { cwd: PROJECT, env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 });
    log = stdout + stderr;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    log = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
  if (!existsSync(outputFile)) return { tests: [], log };
  const report = JSON.parse(readFileSync(outputFile, 'utf8')) as {
    testResults: Array<{ message?: string; assertionResults: Array<{ fullName: string; status: TestOutcome['status']; failureMessages: string[] }> }>;
  };
  const tests = report.testResults.flatMap((file) =>
    file.assertionResults.map((t) => ({ fullName: t.fullName, status: t.status, ...(t.failureMessages.length ? { failure: t.failureMessages.join('\n') } : {}) })),
  );
  const fileErrors = report.testResults.map((file) => file.message).filter(Boolean).join('\n');
  return { tests, log: fileErrors ? `${fileErrors}\n${log}` : log };
}

export const RUNNERS: Record<string, Runner> = { vitest: vitestRunner, unittest: unittestRunner };

/** Every fixture case whose case.json declares `behaviour`. */
export function findBehaviourCases(): BehaviourCase[] {
  return findCases().flatMap((fixture) => {
    const config = path.join(fixture.dir, 'case.json');
    const behaviour = existsSync(config) ? (JSON.parse(readFileSync(config, 'utf8')).behaviour as BehaviourSpec | undefined) : undefined;
    return behaviour ? [{ ...fixture, behaviour }] : [];
  });
}

export interface PreparedCase {
  input: string;
  output: string;
  report: RunReport;
}

/** Fresh copies: .behaviour/<case>/input (as is) and .behaviour/<case>/output (the campaign run on it with --write). */
export async function prepareBehaviourCase(fixture: BehaviourCase): Promise<PreparedCase> {
  const base = path.join(BEHAVIOUR_ROOT, fixture.name);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const input = path.join(base, 'input');
  const output = path.join(base, 'output');
  cpSync(fixture.input, input, { recursive: true });
  cpSync(fixture.input, output, { recursive: true });
  const report = await runCodemods({ roots: [output], campaign: fixture.selection.campaign, codemods: fixture.selection.codemods, write: true, jobs: 1 });
  return { input, output, report };
}

export function runSuite(fixture: BehaviourCase, dir: string): Promise<SuiteResult> {
  const runner = RUNNERS[fixture.behaviour.runner];
  if (!runner) throw new Error(`${fixture.name}: unknown behaviour runner ${JSON.stringify(fixture.behaviour.runner)} (known: ${Object.keys(RUNNERS).join(', ')})`);
  return runner(dir);
}

/** `path:line: text` of every output line holding a forbidden word, outside the case's allowed lines. */
export function forbiddenLines(fixture: BehaviourCase, dir: string): string[] {
  const words = fixture.behaviour.forbidden ?? [];
  if (!words.length) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  const allowed = new Set(fixture.behaviour.allowedLines ?? []);
  return listFiles(dir).flatMap((file) =>
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
      .filter(({ where, line }) => pattern.test(line) && !allowed.has(where))
      .map(({ where, line }) => `${where}: ${line.trim()}`),
  );
}

/** A readable summary of the tests that did not pass (for assertion messages). */
export function notPassed(result: SuiteResult): string {
  const failed = result.tests.filter((t) => t.status !== 'passed');
  if (!result.tests.length) return result.log;
  return failed.map((t) => `${t.status}: ${t.fullName}\n${t.failure ?? ''}`).join('\n\n');
}
