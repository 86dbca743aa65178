import { expect, test } from 'vitest';
import { parseDirective, readFile } from '../../src/read/index.js';

test.each([
  [
    ' ims-gate-disable-next-line IMS003 IMS004 -- known, tracked in CHG-1 ',
    { ruleIds: ['IMS003', 'IMS004'], reason: 'known, tracked in CHG-1' },
  ],
  ['ims-gate-disable-next-line IMS003,IMS004', { ruleIds: ['IMS003', 'IMS004'] }],
  ['ims-gate-disable-next-line ims003 , IMS004--not-a-reason', { ruleIds: ['IMS003', 'IMS004--NOT-A-REASON'] }],
  ['ims-gate-disable-next-line IMS001 -- a -- b', { ruleIds: ['IMS001'], reason: 'a -- b' }],
  ['ims-gate-disable-next-line IMS001 --', { ruleIds: ['IMS001'] }],
  // XML forbids '--' inside a comment, so XML directives give their reason after a single '-'.
  [' ims-gate-disable-next-line IMS003 IMS004 - known - tracked ', { ruleIds: ['IMS003', 'IMS004'], reason: 'known - tracked' }],
  ['ims-gate-disable-next-line IMS-1 -', { ruleIds: ['IMS-1'] }],
  ['ims-gate-disable-next-line', { ruleIds: [] }],
  ['ims-gate-disable-next-line -- no rule named', { ruleIds: [], reason: 'no rule named' }],
  ['ims-gate-disable-next-lines IMS001', undefined],
  ['see ims-gate-disable-next-line IMS001', undefined],
])('parseDirective(%j)', (comment, expected) => {
  expect(parseDirective(comment)).toEqual(expected);
});

test('readFile never throws, even for a kind it does not know', () => {
  const result = readFile('x', Buffer.from('x'), 'nonsense' as never);
  expect(result.problems[0].message).toMatch(/unknown file kind/);
});
