// `ims-gate explain "<symptom>"`: loose matching of what users report, then only the rules behind it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchSymptoms } from '../../src/cli/symptoms.js';
import { runCli } from '../../src/cli/run.js';
import { loadRuleMetadata } from '../../src/policy/rules.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, isTty: false });
  return { code, stdout, stderr };
}

const rulesFor = (text: string) => [...new Set(matchSymptoms(text, loadRuleMetadata().values()).flatMap((m) => m.ruleIds))].sort();

describe('explain', () => {
  it.each([
    ['my users get redirected to adobe.com', ['IMS007']],
    ['User is redirected to an adobe.com page', ['IMS007']],
    ['Login does not have any right matching the expression', ['IMS004', 'IMS005']],
    ['"login doesn\'t have any right matching"', ['IMS004', 'IMS005']],
    ['users are unable to access the Adobe ID login page', ['IMS006']],
    ['cannot reach adobe id login', ['IMS006']],
    ['cannot log in', ['IMS006']],
    ["users can't sign in", ['IMS006']],
    ['login page', ['IMS006']],
    ['the login page does not open', ['IMS006']],
    ['redirected to adobe.com', ['IMS007']],
    ['after login we are sent to adobe.com', ['IMS007']],
    ['no right matching', ['IMS004', 'IMS005']],
    ['error: no rights matching the expression', ['IMS004', 'IMS005']],
  ])('matches %j to %j', (text, expected) => {
    expect(rulesFor(text)).toEqual(expected);
  });

  it.each(['the database is slow', 'workflow stuck', 'emails bounce'])('matches nothing for %j', (text) => {
    expect(rulesFor(text)).toEqual([]);
  });

  it('runs only the rules behind the symptom and prints only their findings', async () => {
    const run = await cli(['explain', 'redirected to adobe.com', EXAMPLES, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Explained by: IMS007');
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number }[] };
    expect(new Set(report.findings.map((f) => f.ruleId))).toEqual(new Set(['IMS007']));
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toContain('stage/packages/nmsExtAccount-ims.xml:12');
  });

  it('exits 2 and lists the known symptoms when nothing matches', async () => {
    const run = await cli(['explain', 'the database is slow', EXAMPLES]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Login does not have any right matching the expression');
  });
});
