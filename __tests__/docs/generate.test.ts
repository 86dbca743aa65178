// `npm run generate` derives the rule registry, the config schema's rule IDs and the README's tables from the
// rule files and policies, and the rule help (policies/rules-help.json) from the docs pages; --check fails when
// any of them is stale, or when a rule lacks its policy, its rule file, its docs page or its test file.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleBlock, failingExamples } from '../../scripts/rule-help.mjs';
import { writeRepo } from '../helpers/repo.js';

const root = process.cwd();
const script = join(root, 'scripts', 'generate.mjs');

function run(args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

/** A copy of what the generator reads and writes: rule files, policies, docs pages, test files (empty), schema, README, rule help, compiled policies. */
function copyOfRepository(): string {
  const files: Record<string, string> = {};
  const copy = (path: string, content = readFileSync(join(root, path), 'utf8')) => {
    files[path] = content;
  };
  for (const name of readdirSync(join(root, 'src/rules')).filter((n) => n.endsWith('.ts'))) copy(`src/rules/${name}`);
  for (const name of readdirSync(join(root, 'policies/rules'))) copy(`policies/rules/${name}`);
  for (const name of readdirSync(join(root, 'docs/rules'))) copy(`docs/rules/${name}`);
  for (const name of readdirSync(join(root, '__tests__/rules')).filter((n) => /^IMS\d{3}\.test\.ts$/.test(n)))
    copy(`__tests__/rules/${name}`, '');
  for (const path of [
    'policies/schemas/config.schema.json',
    'policies/rules-help.json',
    'policies/compiled.json',
    'policies/fields.yml',
    'policies/coverage.yml',
    'policies/builtin-operator-groups.yml',
    'README.md',
    'action.yml',
  ])
    copy(path);
  return writeRepo(files);
}

const NEW_RULE = `import type { Rule } from './types.js';

export const newThingRule: Rule = {
  id: 'IMS012',
  check() {},
};
`;
const NEW_POLICY = readFileSync(join(root, 'policies/rules/IMS008.yml'), 'utf8')
  .replace('id: IMS008', 'id: IMS012')
  .replace(/^name: .*$/m, 'name: new-thing')
  .replace(/^title: .*$/m, 'title: A new thing')
  .replace(/^docs: .*$/m, 'docs: docs/rules/IMS012.md');

/** Adds a complete new rule: rule file, policy, docs page and test file. */
function addRule(repo: string): void {
  writeFileSync(join(repo, 'src/rules/new-thing.ts'), NEW_RULE);
  writeFileSync(join(repo, 'policies/rules/IMS012.yml'), NEW_POLICY);
  writeFileSync(join(repo, 'docs/rules/IMS012.md'), '# IMS012\n');
  writeFileSync(join(repo, '__tests__/rules/IMS012.test.ts'), '');
}

describe('npm run generate', () => {
  it('finds every generated file of this repository up to date (run `npm run generate` to fix)', () => {
    const check = run(['--check']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('is a package.json script', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.generate).toBe('node scripts/generate.mjs');
  });

  it('adds a new rule to the registry, the config schema and the README, and --check fails until then', () => {
    const repo = copyOfRepository();
    expect(run(['--check', '--root', repo]).status).toBe(0);
    addRule(repo);

    const stale = run(['--check', '--root', repo]);
    expect(stale.status).toBe(1);
    expect(stale.stderr.trim().split('\n')).toEqual([
      'generate: src/rules/index.ts is out of date. Run `npm run generate` and commit the result.',
      'generate: policies/schemas/config.schema.json is out of date. Run `npm run generate` and commit the result.',
      'generate: README.md is out of date. Run `npm run generate` and commit the result.',
      'generate: policies/rules-help.json is out of date. Run `npm run generate` and commit the result.',
      'generate: policies/compiled.json is out of date. Run `npm run generate` and commit the result.',
    ]);
    // --check writes nothing.
    expect(readFileSync(join(repo, 'src/rules/index.ts'), 'utf8')).not.toContain('newThingRule');

    const write = run(['--root', repo]);
    expect(write.status).toBe(0);
    expect(write.stdout).toContain('generate: src/rules/index.ts updated.');
    const registry = readFileSync(join(repo, 'src/rules/index.ts'), 'utf8');
    expect(registry).toContain("import { newThingRule } from './new-thing.js';\n");
    expect(registry).toMatch(/ {2}unmappedAttributesRule,\n {2}newThingRule,\n\];\n$/);
    const schema = JSON.parse(readFileSync(join(repo, 'policies/schemas/config.schema.json'), 'utf8'));
    expect(schema.properties.rules.propertyNames.enum.at(-1)).toBe('IMS012');
    expect(schema.properties.rules.propertyNames.enum).not.toContain('IMS000');
    expect(readFileSync(join(repo, 'README.md'), 'utf8')).toContain('| [IMS012](docs/rules/IMS012.md) | `new-thing` |');
    const help = JSON.parse(readFileSync(join(repo, 'policies/rules-help.json'), 'utf8'));
    expect(Object.keys(help.rules).at(-1)).toBe('IMS012');
    expect(help.rules.IMS012).toEqual({ failingExample: [] });
    expect(run(['--check', '--root', repo]).status).toBe(0);
  });

  it('orders the registry by rule ID, not by file name', () => {
    const repo = copyOfRepository();
    addRule(repo);
    // "a-first.ts" sorts before every other file, but IMS012 comes last.
    rmSync(join(repo, 'src/rules/new-thing.ts'));
    writeFileSync(join(repo, 'src/rules/a-first.ts'), NEW_RULE);
    expect(run(['--root', repo]).status).toBe(0);
    const registry = readFileSync(join(repo, 'src/rules/index.ts'), 'utf8');
    const entries = [...registry.matchAll(/^ {2}(\w+),$/gm)].map((m) => m[1]);
    expect(entries[0]).toBe('unreadableInputRule');
    expect(entries.at(-1)).toBe('newThingRule');
  });

  const broken: { name: string; change(repo: string): void; error: string }[] = [
    {
      name: 'a rule file without its policy',
      change: (repo) => writeFileSync(join(repo, 'src/rules/new-thing.ts'), NEW_RULE),
      error: 'generate: src/rules/new-thing.ts: rule IMS012 has no policy policies/rules/IMS012.yml.',
    },
    {
      name: 'a policy without its rule file',
      change: (repo) => writeFileSync(join(repo, 'policies/rules/IMS012.yml'), NEW_POLICY),
      error: "generate: policies/rules/IMS012.yml: no rule file in src/rules/ declares `id: 'IMS012'`.",
    },
    {
      name: 'a helper directly in src/rules/',
      change: (repo) => writeFileSync(join(repo, 'src/rules/helper.ts'), 'export const x = 1;\n'),
      error:
        "generate: src/rules/helper.ts: a rule file exports exactly one rule, as `export const <name>Rule: Rule = { id: 'IMSnnn', … }`; found 0. Helpers belong in src/rules/util/.",
    },
    {
      name: 'two rules in one file',
      change: (repo) =>
        writeFileSync(
          join(repo, 'src/rules/two.ts'),
          `${NEW_RULE}\n${NEW_RULE.replace('newThingRule', 'otherRule').replace(/^import.*$/m, '')}`,
        ),
      error:
        "generate: src/rules/two.ts: a rule file exports exactly one rule, as `export const <name>Rule: Rule = { id: 'IMSnnn', … }`; found 2. Helpers belong in src/rules/util/.",
    },
    {
      name: 'two files declaring one ID',
      change: (repo) =>
        writeFileSync(join(repo, 'src/rules/again.ts'), NEW_RULE.replace("'IMS012'", "'IMS008'").replace('newThingRule', 'againRule')),
      error: 'generate: src/rules/client-id.ts: rule ID IMS008 is also declared by src/rules/again.ts.',
    },
    {
      name: 'an ID that is not IMSnnn',
      change: (repo) => writeFileSync(join(repo, 'src/rules/new-thing.ts'), NEW_RULE.replace("'IMS012'", "'IMS11'")),
      error: "generate: src/rules/new-thing.ts: rule ID 'IMS11' is not of the form IMSnnn (three digits).",
    },
    {
      name: 'a policy file named after another ID',
      change: (repo) => writeFileSync(join(repo, 'policies/rules/IMS013.yml'), NEW_POLICY),
      error: 'generate: policies/rules/IMS013.yml: declares id IMS012; the file must be named <id>.yml.',
    },
  ];
  for (const testCase of broken) {
    it(`fails, and writes nothing, on ${testCase.name}`, () => {
      const repo = copyOfRepository();
      const registry = readFileSync(join(repo, 'src/rules/index.ts'), 'utf8');
      testCase.change(repo);
      for (const args of [
        ['--root', repo],
        ['--check', '--root', repo],
      ]) {
        const result = run(args);
        expect(result.status).toBe(1);
        expect(result.stderr.trim().split('\n')).toEqual([testCase.error]);
      }
      expect(readFileSync(join(repo, 'src/rules/index.ts'), 'utf8')).toBe(registry);
    });
  }

  const incomplete: { name: string; remove: string; error: string }[] = [
    {
      name: 'docs page',
      remove: 'docs/rules/IMS012.md',
      error: 'generate: policies/rules/IMS012.yml: rule IMS012 has no docs page docs/rules/IMS012.md.',
    },
    {
      name: 'test file',
      remove: '__tests__/rules/IMS012.test.ts',
      error: 'generate: policies/rules/IMS012.yml: rule IMS012 has no test file __tests__/rules/IMS012.test.ts.',
    },
  ];
  for (const testCase of incomplete) {
    it(`registers a rule without its ${testCase.name}, but says so and exits 1; --check fails`, () => {
      const repo = copyOfRepository();
      addRule(repo);
      rmSync(join(repo, testCase.remove));
      const write = run(['--root', repo]);
      expect(write.status).toBe(1);
      expect(write.stderr.trim()).toBe(testCase.error);
      expect(readFileSync(join(repo, 'src/rules/index.ts'), 'utf8')).toContain('newThingRule');
      const check = run(['--check', '--root', repo]);
      expect(check.status).toBe(1);
      expect(check.stderr.trim()).toBe(testCase.error);
    });
  }

  it('fails --check on a hand-edited schema enum and README rules table', () => {
    const repo = copyOfRepository();
    const schemaPath = join(repo, 'policies/schemas/config.schema.json');
    writeFileSync(schemaPath, readFileSync(schemaPath, 'utf8').replace('"IMS010"', '"IMS010",\n          "IMS099"'));
    const readmePath = join(repo, 'README.md');
    writeFileSync(
      readmePath,
      readFileSync(readmePath, 'utf8').replace('[IMS003](docs/rules/IMS003.md)', '[IMS003](docs/rules/IMS003.md) edited'),
    );
    const check = run(['--check', '--root', repo]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('generate: policies/schemas/config.schema.json is out of date.');
    expect(check.stderr).toContain('generate: README.md is out of date.');
    expect(check.stderr).not.toContain('src/rules/index.ts');
  });

  it("writes the docs page's failing example into policies/rules-help.json, and --check fails when the page changes", () => {
    const repo = copyOfRepository();
    const pagePath = join(repo, 'docs/rules/IMS003.md');
    const page = readFileSync(pagePath, 'utf8');
    expect(page).toContain('## Failing example');
    writeFileSync(
      pagePath,
      page.replace('## Failing example\n', '## Failing example\n\n```yaml title="prod/ims/manifest.yml"\nkind: ims-provisioning\n```\n'),
    );
    const check = run(['--check', '--root', repo]);
    expect(check.status).toBe(1);
    expect(check.stderr.trim()).toBe('generate: policies/rules-help.json is out of date. Run `npm run generate` and commit the result.');
    expect(run(['--root', repo]).status).toBe(0);
    const help = JSON.parse(readFileSync(join(repo, 'policies/rules-help.json'), 'utf8'));
    expect(help.rules.IMS003.failingExample[0]).toEqual({
      language: 'yaml',
      title: 'prod/ims/manifest.yml',
      code: 'kind: ims-provisioning',
    });
    expect(help.rules.IMS003.failingExample.slice(1)).toEqual(
      JSON.parse(readFileSync(join(root, 'policies/rules-help.json'), 'utf8')).rules.IMS003.failingExample,
    );
    expect(run(['--check', '--root', repo]).status).toBe(0);
  });

  it('fails --check on a hand-edited or missing policies/rules-help.json', () => {
    const repo = copyOfRepository();
    const helpPath = join(repo, 'policies/rules-help.json');
    writeFileSync(helpPath, readFileSync(helpPath, 'utf8').replace('"language": "xml"', '"language": "html"'));
    const edited = run(['--check', '--root', repo]);
    expect(edited.status).toBe(1);
    expect(edited.stderr.trim()).toBe('generate: policies/rules-help.json is out of date. Run `npm run generate` and commit the result.');
    rmSync(helpPath);
    expect(run(['--check', '--root', repo]).stderr.trim()).toBe(edited.stderr.trim());
    expect(run(['--root', repo]).stdout).toContain('generate: policies/rules-help.json updated.');
    expect(readFileSync(helpPath, 'utf8')).toBe(readFileSync(join(root, 'policies/rules-help.json'), 'utf8'));
  });
});

describe('rule help from the docs pages (scripts/rule-help.mjs)', () => {
  const page = (...lines: string[]) => lines.join('\n');
  const cases: { name: string; markdown: string; blocks: { info: string; code: string }[] }[] = [
    { name: 'no sections', markdown: '# IMS003\n\nText.', blocks: [] },
    {
      name: 'the failing example only, not the passing one',
      markdown: page(
        '# IMS003',
        '## Failing example',
        '',
        '```xml title="a.xml"',
        '<a x="http://x"/>',
        '```',
        '## Passing example',
        '```xml',
        '<a/>',
        '```',
      ),
      blocks: [{ info: 'xml title="a.xml"', code: '<a x="http://x"/>' }],
    },
    {
      name: 'several blocks, the last section of the page, a tilde fence and a longer fence holding ```',
      markdown: page(
        '## Failing example',
        '```xml',
        'one',
        '',
        'two',
        '```',
        '~~~text',
        'out',
        '~~~',
        '````md',
        '```',
        'inner',
        '```',
        '````',
      ),
      blocks: [
        { info: 'xml', code: 'one\n\ntwo' },
        { info: 'text', code: 'out' },
        { info: 'md', code: '```\ninner\n```' },
      ],
    },
    { name: 'a heading that only starts like it', markdown: page('## Failing examples', '```xml', 'x', '```'), blocks: [] },
  ];
  for (const testCase of cases) {
    it(`failingExamples: ${testCase.name}`, () => {
      expect(failingExamples(testCase.markdown)).toEqual(testCase.blocks);
    });
  }

  it('exampleBlock: language, title and code', () => {
    expect(exampleBlock({ info: 'xml title="prod/a.xml"', code: 'c' })).toEqual({ language: 'xml', title: 'prod/a.xml', code: 'c' });
    expect(exampleBlock({ info: 'text', code: 'c' })).toEqual({ language: 'text', code: 'c' });
    expect(exampleBlock({ info: '', code: 'c' })).toEqual({ language: '', code: 'c' });
  });
});
