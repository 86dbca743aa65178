// The fingerprints of examples/ are pinned: users commit fingerprints in their baselines, so a change to how a
// finding is identified (the rule's messageId, instance, field or subject, or fingerprintOf itself) must be a
// deliberate, documented break (CHANGELOG.md, and `ims-gate baseline --migrate` if old baselines must carry over).
// Rewording a message must not change anything here. After a deliberate change, regenerate the fixture with
// UPDATE_FINGERPRINTS=1 npx vitest run __tests__/gate/fingerprint-golden.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const GOLDEN = join(import.meta.dirname, '../fixtures/fingerprints/examples.json');

interface Pinned {
  ruleId: string;
  file: string;
  line: number;
  fingerprint: string;
}

async function exampleFingerprints(): Promise<Pinned[]> {
  const { report } = await scan({ root: EXAMPLES, failOn: 'never', noBaseline: true });
  return [...report.findings, ...report.suppressed].map(({ ruleId, file, line, fingerprint }) => ({ ruleId, file, line, fingerprint }));
}

describe('fingerprints of examples/', () => {
  it('equal the pinned ones', async () => {
    const actual = await exampleFingerprints();
    // Rewriting the pinned file makes the comparison below vacuous: never on CI.
    if (process.env.UPDATE_FINGERPRINTS && !process.env.CI) writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 2)}\n`);
    const pinned = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Pinned[];
    expect(actual).toEqual(pinned);
  });

  it('cover every rule that examples/ triggers, each finding with its own fingerprint', async () => {
    const pinned = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Pinned[];
    expect([...new Set(pinned.map((p) => p.ruleId))].sort()).toEqual([
      'IMS000',
      'IMS001',
      'IMS002',
      'IMS003',
      'IMS004',
      'IMS005',
      'IMS006',
      'IMS007',
      'IMS008',
      'IMS009',
      'IMS011',
    ]);
    expect(new Set(pinned.map((p) => p.fingerprint)).size).toBe(pinned.length);
    for (const { fingerprint } of pinned) expect(fingerprint).toMatch(/^[0-9a-f]{32}(:\d+)?$/);
  });
});
