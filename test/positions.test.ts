// Each site and review item keeps two lines: where it is on disk before the run, and where it is in the final text.
import { describe, expect, it } from 'vitest';
import { PositionTracker } from '../src/engine/positions.ts';

type Record = { line: number; lineAfter?: number };

const track = (offset: number) => {
  const tracker = new PositionTracker<Record>();
  const record: Record = { line: 0 };
  tracker.track(record, offset);
  return { tracker, record };
};

describe('PositionTracker', () => {
  const text = 'a\nb\nSITE\nc\n';
  const site = text.indexOf('SITE');

  it('shifts a site below an inserted line', () => {
    const { tracker, record } = track(site);
    tracker.throughEdits([{ start: 2, end: 2, text: 'import x\n' }]);
    tracker.resolveLines(text, `a\nimport x\nb\nSITE\nc\n`);
    expect(record).toEqual({ line: 3, lineAfter: 4 });
  });

  it('moves a site up when lines above it are deleted, and keeps it when edits are below', () => {
    const { tracker, record } = track(site);
    tracker.throughEdits([{ start: 0, end: 4, text: '' }, { start: site + 5, end: site + 7, text: '' }]);
    tracker.resolveLines(text, 'SITE\n');
    expect(record).toEqual({ line: 3, lineAfter: 1 });
  });

  it('keeps a site at the start of an edit that replaces it', () => {
    const { tracker, record } = track(site);
    tracker.throughEdits([{ start: site, end: site + 4, text: 'NEW\nLINES' }]);
    tracker.resolveLines(text, 'a\nb\nNEW\nLINES\nc\n');
    expect(record).toEqual({ line: 3, lineAfter: 3 });
  });

  it('maps through a whole-text replacement by common prefix and suffix', () => {
    const { tracker, record } = track(site);
    tracker.throughText(text, `x\n${text}`);
    tracker.resolveLines(text, `x\n${text}`);
    expect(record).toEqual({ line: 3, lineAfter: 4 });
  });

  it('finds the line on disk of a site recorded after earlier edits (a later part sees moved text)', () => {
    const tracker = new PositionTracker<Record>();
    const first = 'import x\nimport y\n';
    tracker.throughEdits([{ start: 0, end: 0, text: first }, { start: 2, end: 4, text: '' }]);
    const afterFirst = `${first}a\nSITE\nc\n`;
    const record: Record = { line: 0 };
    tracker.track(record, afterFirst.indexOf('SITE'));
    // A site inside text an earlier edit inserted comes from where that edit started.
    const inserted: Record = { line: 0 };
    tracker.track(inserted, afterFirst.indexOf('import y'));
    tracker.throughEdits([{ start: 0, end: 9, text: '' }]);
    const final = afterFirst.slice(9);
    tracker.resolveLines(text, final);
    expect(record).toEqual({ line: 3, lineAfter: 3 });
    expect(inserted).toEqual({ line: 1, lineAfter: 1 });
  });

  it('leaves lineAfter out when the text did not change', () => {
    const { tracker, record } = track(site);
    tracker.resolveLines(text, text);
    expect(record).toEqual({ line: 3 });
  });
});
