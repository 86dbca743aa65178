// The "Other CI systems" snippets (docs/ci/): each parses (YAML where it is YAML), the README links it, and every
// ims-gate command in it uses options and formats that exist, and runs to a verdict (exit 0 or 1, never 2).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../src/cli/run.js';
import { FORMAT_NAMES } from '../../src/report/formats.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const out = mkdtempSync(join(tmpdir(), 'ims-gate-ci-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const SNIPPETS = ['docs/ci/gitlab-ci.yml', 'docs/ci/azure-pipelines.yml', 'docs/ci/Jenkinsfile'];

/** The `ims-gate …` command lines of a snippet, as argument lists after `ims-gate`. */
function commands(text: string): string[][] {
  return [...text.matchAll(/npx --yes ims-gate@1 ([^'\n]+)/g)].map((match) =>
    match[1]
      .replace(/\s+#.*$/, '')
      .trim()
      .split(/\s+/),
  );
}

async function helpText(): Promise<string> {
  let text = '';
  await runCli(['check', '--help'], { stdout: (t) => (text += t), stderr: () => undefined, env: {}, isTty: false });
  return text;
}

describe.each(SNIPPETS)('%s', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`(${file})`);
  });

  if (file.endsWith('.yml')) {
    it('is YAML', () => {
      expect(() => parseYaml(text)).not.toThrow();
      expect(typeof parseYaml(text)).toBe('object');
    });
  }

  it('calls ims-gate check with options and formats that exist', async () => {
    const help = await helpText();
    const found = commands(text);
    expect(found.length).toBeGreaterThan(0);
    for (const args of found) {
      expect(args[0]).toBe('check');
      for (const option of args.filter((arg) => arg.startsWith('--'))) expect(help).toContain(option);
      const format = args[args.indexOf('--format') + 1];
      if (args.includes('--format')) expect(FORMAT_NAMES).toContain(format);
    }
  });

  it('runs each of its commands to a verdict on examples/', async () => {
    for (const args of commands(text)) {
      const local = args.map((arg, i) => (arg === '.' ? EXAMPLES : args[i - 1] === '--output' ? join(out, arg.replace(/\W+/g, '_')) : arg));
      let stderr = '';
      const code = await runCli(local, { stdout: () => undefined, stderr: (t) => (stderr += t), env: {}, isTty: false });
      expect([0, 1], `${args.join(' ')}: ${stderr}`).toContain(code);
    }
  });
});

describe('the Jenkinsfile', () => {
  it('publishes the JUnit file that its command writes', () => {
    const text = readFileSync(join(ROOT, 'docs/ci/Jenkinsfile'), 'utf8');
    expect(text).toMatch(/--format junit --output ims-gate-junit\.xml/);
    expect(text).toContain("junit 'ims-gate-junit.xml'");
    // Balanced braces: a declarative pipeline that Groovy can parse at least that far.
    expect(text.split('{').length).toBe(text.split('}').length);
  });
});

describe('the GitLab snippet', () => {
  it('reports the files its commands write', () => {
    const job = parseYaml(readFileSync(join(ROOT, 'docs/ci/gitlab-ci.yml'), 'utf8'))['ims-gate'];
    expect(job.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'ims-gate-junit.xml' });
    expect(job.script.join('\n')).toContain('--output gl-code-quality-report.json');
    expect(job.artifacts.when).toBe('always');
  });
});
