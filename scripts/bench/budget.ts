// The time budget of one run, from the JSON the CLI writes with OPENEDX_CODEMOD_TIMINGS=<file> (src/engine/timings.ts):
// each phase's own time on the main thread, grouped (library loading, parses, transforms), in run order.
import { readFileSync } from 'node:fs';

interface PhaseTotal {
  ms: number;
  count: number;
}
interface Timings {
  wallMs: number;
  phases: Record<string, PhaseTotal>;
  workers: Record<string, PhaseTotal>;
}

/** Phases named `<group>: <detail>` add up under their group; the rest stand alone. */
const GROUPS: Record<string, string> = { 'load:': 'library loading', 'parse:': 'parses', 'transforms:': 'transforms' };

function groupOf(phase: string): string | undefined {
  const prefix = Object.keys(GROUPS).find((p) => phase.startsWith(p));
  return prefix && GROUPS[prefix];
}

/** Rows in the order a run goes through them (a phase not listed goes last). */
const ORDER = ['start-up', 'discovery', 'prefilter scan', 'library loading', 'parses', 'transforms', 'line wrapping', 're-parse check', 'line limits', 'per file', 'waiting for the worker threads', 'companion files', 'writing', 'report', 'rendering'];
const rank = (label: string): number => {
  const at = ORDER.findIndex((start) => label.startsWith(start));
  return at < 0 ? ORDER.length : at;
};

interface Row {
  label: string;
  ms: number;
  count?: number;
  details: { label: string; ms: number; count: number }[];
}

function rowsOf(phases: Record<string, PhaseTotal>): Row[] {
  const rows: Row[] = [];
  for (const [phase, total] of Object.entries(phases)) {
    const group = groupOf(phase);
    if (!group) {
      rows.push({ label: phase, ms: total.ms, count: total.count, details: [] });
      continue;
    }
    let row = rows.find((r) => r.label === group);
    if (!row) rows.push((row = { label: group, ms: 0, details: [] }));
    row.ms += total.ms;
    row.details.push({ label: phase.slice(phase.indexOf(':') + 2), ms: total.ms, count: total.count });
  }
  return rows.sort((a, b) => rank(a.label) - rank(b.label));
}

const ms = (value: number): string => `${value.toFixed(0).padStart(6)} ms`;

function lines(rows: Row[], wallMs: number): string[] {
  const share = (value: number) => `${((100 * value) / wallMs).toFixed(0).padStart(3)}%`;
  const times = (count?: number) => (count && count > 1 ? `  ×${count}` : '');
  return rows.flatMap((row) => [
    `  ${row.label.padEnd(50)} ${ms(row.ms)} ${share(row.ms)}${times(row.count)}`,
    ...row.details.sort((a, b) => b.ms - a.ms).map((d) => `    ${d.label.padEnd(48)} ${ms(d.ms)}${times(d.count)}`),
  ]);
}

/** The budget as text: one line per phase, the wall clock, and what no phase accounts for. */
export function budgetText(file: string): string {
  const timings = JSON.parse(readFileSync(file, 'utf8')) as Timings;
  const rows = rowsOf(timings.phases);
  const accounted = rows.reduce((sum, r) => sum + r.ms, 0);
  const out = [
    `Time budget of one run (main thread, each phase without the phases inside it; wall ${(timings.wallMs / 1000).toFixed(2)} s):`,
    ...lines(rows, timings.wallMs),
    `  ${'not in a phase (event loop, exit)'.padEnd(50)} ${ms(timings.wallMs - accounted)}`,
  ];
  const workerRows = rowsOf(timings.workers);
  if (workerRows.length) out.push('Worker threads (summed over the threads, beside the main thread):', ...lines(workerRows, timings.wallMs));
  return out.join('\n');
}
