// Site and review lines are those of the final text, whatever later parts inserted or deleted above them.
import { describe, expect, it } from 'vitest';
import { PositionTracker } from '../src/engine/positions.ts';

const track = (offset: number) => {
  const tracker = new PositionTracker<{ line: number }>();
  const record = { line: 0 };
  tracker.track(record, offset);
  return { tracker, record };
};

describe('PositionTracker', () => {
  const text = 'a\nb\nSITE\nc\n';
  const site = text.indexOf('SITE');

  it('shifts a site below an inserted line', () => {
    const { tracker, record } = track(site);
    tracker.throughEdits([{ start: 2, end: 2, text: 'import x\n' }]);
    tracker.resolveLines(`a\nimport x\nb\nSITE\nc\n`);
    expect(record.line).toBe(4);
  });

  it('moves a site up when lines above it are deleted, and keeps it when edits are below', () => {
    const { tracker, record } = track(site);
    tracker.throughEdits([{ start: 0, end: 4, text: '' }, { start: site + 5, end: site + 7, text: '' }]);
    tracker.resolveLines('SITE\n');
    expect(record.line).toBe(1);
  });

  it('keeps a site at the start of an edit that replaces it', () => {
    const { tracker, record } = track(site);
    tracker.throughEdits([{ start: site, end: site + 4, text: 'NEW\nLINES' }]);
    tracker.resolveLines('a\nb\nNEW\nLINES\nc\n');
    expect(record.line).toBe(3);
  });

  it('maps through a whole-text replacement by common prefix and suffix', () => {
    const { tracker, record } = track(site);
    tracker.throughText(text, `x\n${text}`);
    tracker.resolveLines(`x\n${text}`);
    expect(record.line).toBe(4);
  });
});
