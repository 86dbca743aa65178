// Property: for generated packages, serverConf files and manifests (any quote style, BOM, CRLF, hostile values),
// applying every fix gives files that still parse, and checking again reports none of the fixed findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { writeIfUnchanged } from '../../src/fix/files.js';
import { planFixes } from '../../src/fix/plan.js';
import { scan } from '../../src/pipeline.js';
import { readFile } from '../../src/read/index.js';
import type { FileKind, Finding } from '../../src/types.js';
import { writeRepo } from '../helpers/repo.js';
import { manifestSpec, manifestText, packageSpec, packageXml, serverConfSpec, serverConfXml } from './arbitraries.js';

const KINDS: Record<string, FileKind> = {
  'prod/packages/ims.xml': 'campaign-xml',
  'prod/conf/serverConf.xml': 'server-conf',
};

/** Where a finding is and what it says: the same finding after a fix would be at the same place, same rule. */
const place = (finding: Finding) => `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}`;

describe('fixes', () => {
  test('give files that parse, and the fixed findings are gone', { timeout: 240_000 }, async () => {
    let fixedSome = 0;
    await fc.assert(
      fc.asyncProperty(packageSpec, serverConfSpec, manifestSpec('prod'), async (pkg, conf, manifest) => {
        const manifestPath = manifest.json ? 'prod/ims/manifest.json' : 'prod/ims/manifest.yml';
        const root = writeRepo({
          'prod/packages/ims.xml': packageXml(pkg),
          'prod/conf/serverConf.xml': serverConfXml(conf),
          [manifestPath]: manifestText(manifest),
        });
        const before = await scan({ root, failOn: 'error', keepDigests: true });
        const plan = planFixes(root, before.report.findings, { mode: 'apply', digests: before.digests });
        for (const file of plan.files) expect(writeIfUnchanged(root, file.file, file.before, file.after)).toEqual({ ok: true });
        const fixed = plan.files.flatMap((file) => file.findings);
        if (fixed.length > 0) fixedSome++;

        for (const file of plan.files) {
          const kind = KINDS[file.file] ?? 'ims-manifest';
          const read = readFile(file.file, readFileSync(join(root, file.file)), kind);
          expect(read.problems, `${file.file} still parses after its fixes:\n${file.afterText}`).toEqual(
            readFile(file.file, file.before, kind).problems,
          );
        }
        const after = await scan({ root, failOn: 'error' });
        const remaining = new Set(after.report.findings.map(place));
        for (const finding of fixed) expect(remaining.has(place(finding)), `${place(finding)} is fixed: ${finding.message}`).toBe(false);
      }),
      { numRuns: 80 },
    );
    // The generators do reach fixable findings.
    expect(fixedSome).toBeGreaterThan(5);
  });
});
