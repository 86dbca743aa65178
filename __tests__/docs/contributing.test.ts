// CONTRIBUTING.md and .env.example stay true: the commands, scripts and files they name exist, and the
// dotenv file for @github/local-action sets every action input under the name @actions/core reads.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = process.cwd();
const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
const envExample = readFileSync(join(root, '.env.example'), 'utf8');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** The variables .env.example sets, as dotenv reads them (KEY=value lines; comments and blank lines skipped). */
function envVariables(): Map<string, string> {
  const variables = new Map<string, string>();
  for (const line of envExample.split('\n')) {
    const match = /^([\w.-]+)=(.*)$/.exec(line);
    if (match) variables.set(match[1], match[2]);
  }
  return variables;
}

describe('.env.example', () => {
  const variables = envVariables();

  it('sets every action input as INPUT_<NAME>, upper-cased with hyphens kept, as core.getInput reads it', () => {
    const expected = Object.keys(action.inputs).map((name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`);
    const set = [...variables.keys()].filter((name) => name.startsWith('INPUT_'));
    expect(set.sort()).toEqual(expected.sort());
    expect(set).toContain('INPUT_FAIL-ON');
  });

  it('makes no API call and holds no secret: the token and the client secret are empty', () => {
    expect(variables.get('INPUT_GITHUB-TOKEN')).toBe('');
    expect(variables.get('INPUT_CLIENT-SECRET')).toBe('');
    expect(variables.has('GITHUB_TOKEN')).toBe(false);
  });

  it('writes its files under .tmp/, which git ignores, as does .env', () => {
    for (const name of ['GITHUB_STEP_SUMMARY', 'RUNNER_TEMP', 'INPUT_SARIF-FILE']) expect(variables.get(name), name).toMatch(/^\.tmp\//);
    const ignored = readFileSync(join(root, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toContain('.tmp/');
    expect(ignored).toContain('.env');
  });

  it('scans a folder that exists', () => {
    expect(existsSync(join(root, variables.get('INPUT_PATH') ?? 'missing'))).toBe(true);
  });
});

describe('CONTRIBUTING.md', () => {
  it('runs the action locally with local-action on src/main.ts, which exports run()', async () => {
    expect(contributing).toContain('npx @github/local-action run . src/main.ts .env');
    const main = (await import('../../src/main.js')) as { run?: unknown };
    expect(typeof main.run).toBe('function');
    // local-action is fetched by npx, not installed.
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('@github/local-action');
  });

  it('names only npm scripts that package.json has', () => {
    const named = [...contributing.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const script of new Set(named)) expect(pkg.scripts, `npm run ${script}`).toHaveProperty(script);
  });

  it('names only files that exist (other than the IMS011 of its example)', () => {
    const paths = [...contributing.matchAll(/`((?:src|__tests__|policies|docs|scripts|examples|\.ci)\/[\w./-]*\w)`/g)].map(
      (match) => match[1],
    );
    expect(paths.length).toBeGreaterThan(10);
    const missing = [...new Set(paths)].filter((path) => !path.includes('IMS011') && !path.includes('<') && !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });
});
