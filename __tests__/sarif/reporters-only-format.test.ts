// "Reporters only format" (issue 11): no module of src/report/ reads a file, the environment or the policy files.
// What a reporter needs beyond the report (rule help generated from the docs, repository-relative paths, source
// excerpts) is prepared by the stage that owns it and handed in as data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPORT_DIR = join(process.cwd(), 'src', 'report');

/**
 * Reporters still being changed to this rule elsewhere: stylish.ts reads and decodes the source files for its code
 * frames (its excerpts move to the reader). Remove a name here once its module passes.
 */
const PENDING = new Set<string>();

const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'imports a file-system or process module', pattern: /from ['"](?:node:)?(?:fs|fs\/promises|child_process|os)['"]/ },
  { what: 'reads the environment or the working folder', pattern: /process\.(?:env|cwd)\b/ },
  // Type imports of the policy layer are fine (DescribedRule); loading its files is the caller's job.
  {
    what: 'loads policy files (rule metadata, rule help, package paths)',
    pattern: /^import (?:\{[^}]*\}|\* as \w+|\w+) from ['"]\.\.\/policy\//m,
  },
];

function reporterSources(): [string, string][] {
  return readdirSync(REPORT_DIR)
    .filter((name) => name.endsWith('.ts') && !PENDING.has(name))
    .sort()
    .map((name) => [name, readFileSync(join(REPORT_DIR, name), 'utf8')]);
}

describe('reporters only format', () => {
  it('checks every reporter module but the pending ones', () => {
    expect(reporterSources().map(([name]) => name)).toEqual(
      expect.arrayContaining(['formats.ts', 'sarif.ts', 'markdown.ts', 'summary.ts']),
    );
  });

  for (const [name, source] of reporterSources()) {
    it(`src/report/${name} reads no file, no environment and no policy file`, () => {
      const found = FORBIDDEN.filter(({ pattern }) => pattern.test(source)).map(({ what }) => what);
      expect(found).toEqual([]);
    });
  }

  it('the check does see a reporter that reads files, the environment or the policy files', () => {
    const planted =
      "import { readFileSync } from 'node:fs';\nimport { loadRuleMetadata } from '../policy/rules.js';\nconst x = process.env.X;\n";
    expect(FORBIDDEN.filter(({ pattern }) => pattern.test(planted)).map(({ what }) => what)).toHaveLength(3);
    expect(FORBIDDEN.some(({ pattern }) => pattern.test("import * as fs from 'fs';"))).toBe(true);
    expect(FORBIDDEN.some(({ pattern }) => pattern.test("import * as rules from '../policy/rules.js';"))).toBe(true);
    expect(FORBIDDEN.some(({ pattern }) => pattern.test("import type { DescribedRule } from '../policy/rule-help.js';"))).toBe(false);
  });
});
