// Where one run's time goes, phase by phase (`npm run bench` prints it). Off unless OPENEDX_CODEMOD_TIMINGS names a
// file: then each phase's exclusive time (nested phases subtracted) is summed and written there as JSON at exit.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.OPENEDX_CODEMOD_TIMINGS;
export const timingsEnabled = Boolean(target);

export interface PhaseTotal {
  ms: number;
  count: number;
}
export type PhaseTotals = Record<string, PhaseTotal>;

interface TimingState {
  totals: PhaseTotals;
  /** Worker threads' phases, summed over the threads: they run beside this thread, so they are kept apart. */
  workers: PhaseTotals;
  /** Time of the phases nested in each open phase, to subtract from it. */
  nested: number[];
  writesAtExit?: true;
}
// One state per thread, shared by every copy of this module (the registry's bundle holds its own copy).
const state: TimingState = ((globalThis as Record<symbol, TimingState>)[Symbol.for('openedx-codemod.timings')] ??= { totals: {}, workers: {}, nested: [] });
const { nested } = state;

function add(into: PhaseTotals, phase: string, ms: number, count = 1): void {
  const total = (into[phase] ??= { ms: 0, count: 0 });
  total.ms += ms;
  total.count += count;
}

/**
 * Open a phase (0 when timings are off); `endPhase` closes it. Phases nest (a phase's time excludes the phases opened
 * inside it), so only one chain may be open at a time: the run's steps, and within them one file at a time.
 */
export function startPhase(): number {
  if (!timingsEnabled) return 0;
  nested.push(0);
  return performance.now();
}

export function endPhase(phase: string, started: number): void {
  if (!timingsEnabled) return;
  const elapsed = performance.now() - started;
  add(state.totals, phase, elapsed - nested.pop()!);
  if (nested.length) nested[nested.length - 1] += elapsed;
}

/** Run `body` as one occurrence of `phase`. */
export function timed<T>(phase: string, body: () => T): T {
  if (!timingsEnabled) return body();
  const started = startPhase();
  try {
    return body();
  } finally {
    endPhase(phase, started);
  }
}

/** Start-up: from the process's start to the first run's first step (Node, the bin, loading the bundles, arguments). */
export function markStartUp(): void {
  if (timingsEnabled && !state.totals['start-up']) add(state.totals, 'start-up', performance.now());
}

/** A worker thread's totals since the last call (sent back with its results); empty when timings are off. */
export function takeTimings(): PhaseTotals | undefined {
  if (!timingsEnabled) return undefined;
  const taken = state.totals;
  state.totals = {};
  return taken;
}

export function addWorkerTimings(from: PhaseTotals | undefined): void {
  for (const [phase, { ms, count }] of Object.entries(from ?? {})) add(state.workers, phase, ms, count);
}

if (timingsEnabled && isMainThread && !state.writesAtExit) {
  state.writesAtExit = true;
  process.on('exit', () => {
    writeFileSync(target!, `${JSON.stringify({ wallMs: performance.now(), phases: state.totals, workers: state.workers }, null, 2)}\n`);
  });
}
