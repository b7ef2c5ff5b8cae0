// Unit checks for the frontend pieces of requires-escalation-email the fixtures exercise only indirectly.
import { describe, expect, it } from 'vitest';
import { neutralName } from '../codemods/proctortrack/requires-escalation-email/frontend-vendor-names.ts';
import { neutralWording } from '../codemods/proctortrack/wording.ts';
import { parse } from '../src/engine/languages.ts';
import { messageDescriptors, messageDescriptorTexts } from '../transforms/js/message-descriptors.ts';

describe('neutralWording', () => {
  it('rewrites the checklist and outline phrases, any vendor case', () => {
    expect(neutralWording('Add a ProctorTrack escalation email')).toEqual({ text: 'Add an escalation email for this proctoring provider', complete: true });
    expect(neutralWording('status of the PROCTORTRACK onboarding exam').text).toBe('status of the proctored onboarding exam');
  });

  it('capitalises a lower-case replacement that starts a sentence, and matches across line breaks', () => {
    expect(neutralWording('Done. proctortrack escalation email is set.').text).toBe('Done. Proctoring escalation email is set.');
    expect(neutralWording('the proctortrack\n    onboarding exam').text).toBe('the proctored onboarding exam');
  });

  it('says when a vendor mention is left', () => {
    expect(neutralWording('Open the Proctortrack app')).toEqual({ text: 'Open the Proctortrack app', complete: false });
  });
});

describe('neutralName', () => {
  it('drops the vendor from identifiers, DOM ids and test ids', () => {
    expect(neutralName('proctortrackEscalationEmail')).toBe('escalationEmail');
    expect(neutralName('setShowProctortrackEscalationEmail')).toBe('setShowEscalationEmail');
    expect(neutralName('proctorTrackEscalationEmailErrorLink')).toBe('escalationEmailErrorLink');
    expect(neutralName('isProctortrack')).toBeNull();
    expect(neutralName('PROCTORTRACK')).toBeNull();
  });
});

describe('message descriptors', () => {
  const js = `const m = defineMessages({ a: { id: 'x.a', defaultMessage: "A", description: \`d \${v}\` } });
const e = <FormattedMessage id="x.b" defaultMessage={'B'} description="D" />;`;

  it('finds defineMessages fields and FormattedMessage props in JS, with their ids', () => {
    const found = messageDescriptorTexts(js).map((d) => [d.messageId, d.field, js.slice(d.contentStart, d.contentEnd), d.plain]);
    expect(found).toEqual([
      ['x.a', 'defaultMessage', 'A', true],
      ['x.a', 'description', 'd ${v}', false],
      ['x.b', 'defaultMessage', 'B', true],
      ['x.b', 'description', 'D', true],
    ]);
  });

  it('finds the same in TSX, through the same tree-sitter shapes', () => {
    const found = messageDescriptors(parse('tsx', js)!.rootNode).map((d) => [d.messageId, d.field, js.slice(d.contentStart, d.contentEnd), d.plain]);
    expect(found).toEqual([
      ['x.a', 'defaultMessage', 'A', true],
      ['x.a', 'description', 'd ${v}', false],
      ['x.b', 'defaultMessage', 'B', true],
      ['x.b', 'description', 'D', true],
    ]);
  });

  it('decodes escapes in ids, keeps non-literal values whole, and skips computed keys and empty props', () => {
    const ts = `defineMessages({ a: { 'id': 'x.\\u0061', ['defaultMessage']: 'no', description: text } });
<FormattedMessage id={'x.b'} defaultMessage={} description={/* why */ 'D'} />;`;
    const found = messageDescriptors(parse('tsx', ts)!.rootNode).map((d) => [d.messageId, d.field, ts.slice(d.contentStart, d.contentEnd), d.plain]);
    expect(found).toEqual([
      ['x.a', 'description', 'text', false],
      ['x.b', 'description', 'D', true],
    ]);
  });
});
