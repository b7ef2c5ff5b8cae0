// The scan threads' anchors: every needle holds one (so no file holding a needle is passed over), fewer passes than
// needles, and each anchor a needle or a long string two needles share.
import { describe, expect, it } from 'vitest';
import { registry } from '../codemods/registry.ts';
import { anchorsByKind, anchorsOf } from '../src/engine/anchors.ts';
import { needlesByKind } from '../src/engine/codemod.ts';

describe('anchorsOf', () => {
  it('covers every needle with one anchor of six characters or more', () => {
    const needles = ['proctortrack', 'Proctortrack', 'ProctorTrack', 'create_zendesk_tickets', 'authoring.proctoring.createzendesk', 'available_proctoring_providers'];
    const anchors = anchorsOf(needles);
    expect(anchors.sort()).toEqual(['create_zendesk_tickets', 'roctor']);
    for (const needle of needles) expect(anchors.some((a) => needle.includes(a))).toBe(true);
  });

  it('keeps needles that share nothing long, and short needles whole', () => {
    expect(anchorsOf(['Zendesk', 'ZENDESK', 'zendesk', 'PROCTORING_BACKENDS'])).toEqual(['ZENDESK', 'PROCTORING_BACKENDS', 'endesk']);
    expect(anchorsOf(['ZenDesk', 'PROCTORTRACK'])).toEqual(['ZenDesk', 'PROCTORTRACK']);
    expect(anchorsOf(['abcde', 'abcdef'])).toEqual(['abcde', 'abcdef']);
  });

  it('covers each kind of the campaign with fewer strings than its needles', () => {
    const needles = needlesByKind(registry.campaigns[0].codemods);
    const anchors = anchorsByKind(registry.campaigns[0].codemods);
    expect(Object.keys(anchors)).toEqual(Object.keys(needles));
    for (const [kind, list] of Object.entries(needles)) {
      for (const needle of list) expect(anchors[kind].some((a) => needle.includes(a)), `${kind}: ${needle}`).toBe(true);
      expect(anchors[kind].length).toBeLessThanOrEqual(list.length);
    }
    expect(anchors.python.length).toBeLessThan(needles.python.length);
  });
});
