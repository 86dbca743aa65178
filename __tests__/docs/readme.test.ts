// The README's generated sections (action inputs/outputs, rules) are in sync with action.yml and policies/;
// the pre-commit hook runs the real CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REQUIRED_SECTIONS, renderSections, updateReadme, type Sections } from '../../scripts/readme.mjs';
import { loadRuleMetadata } from '../../src/policy/rules.js';
import { writeRepo } from '../helpers/repo.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const root = process.cwd();
const script = join(root, 'scripts', 'readme.mjs');
const readme = (): string => readFileSync(join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Json;

function section(text: string, name: string): string {
  return new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(text)?.[1] ?? '';
}

describe('README.md', () => {
  it('is up to date with action.yml and policies/ (run `npm run generate` to fix)', () => {
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('has the markers of every generated section', () => {
    for (const name of REQUIRED_SECTIONS) {
      expect(readme()).toContain(`<!-- ${name}:start -->`);
      expect(readme()).toContain(`<!-- ${name}:end -->`);
    }
  });

  it('lists every action input and output, with its default', () => {
    const inputs = section(readme(), 'inputs');
    for (const [name, input] of Object.entries<Json>(action.inputs)) {
      const row = inputs.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, `input ${name}`).toBeDefined();
      if (input.default) expect(row).toContain(`\`${input.default}\``);
    }
    const outputs = section(readme(), 'outputs');
    for (const name of Object.keys(action.outputs)) expect(outputs, `output ${name}`).toContain(`| \`${name}\` |`);
  });

  it('lists every rule, linked to its docs page', () => {
    const rules = section(readme(), 'rules');
    for (const meta of loadRuleMetadata().values()) {
      expect(rules).toContain(`[${meta.id}](${meta.docs})`);
      expect(rules).toContain(meta.title.split('|')[0]);
    }
  });

  it('shows the CLI commands that the CLI has', () => {
    for (const command of ['check', 'explain', 'baseline', 'init']) expect(readme()).toContain(`ims-gate ${command}`);
  });
});

describe('scripts/readme.mjs', () => {
  const sections: Sections = { inputs: 'INPUTS', outputs: 'OUTPUTS', rules: 'RULES', config: 'CONFIG' };

  it('replaces only what lies between the markers, and is idempotent', () => {
    const text =
      '# t\n\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\nkeep me\n<!-- outputs:start --><!-- outputs:end -->\n<!-- rules:start -->\n<!-- rules:end -->\n';
    const once = updateReadme(text, sections);
    expect(once.missing).toEqual([]);
    expect(once.text).toBe(
      '# t\n\n<!-- inputs:start -->\nINPUTS\n<!-- inputs:end -->\nkeep me\n<!-- outputs:start -->\nOUTPUTS\n<!-- outputs:end -->\n<!-- rules:start -->\nRULES\n<!-- rules:end -->\n',
    );
    expect(updateReadme(once.text, sections).text).toBe(once.text);
  });

  it('names the required sections whose markers are missing', () => {
    expect(updateReadme('<!-- rules:start --><!-- rules:end -->', sections).missing).toEqual(['inputs', 'outputs']);
  });

  it('escapes pipes and folds lines in table cells', () => {
    const generated = renderSections(root);
    for (const name of ['inputs', 'outputs', 'rules', 'config'] as const) {
      for (const line of generated[name].split('\n').filter((l) => l.startsWith('|'))) {
        // Every row has as many unescaped pipes as the header.
        const header = generated[name].split('\n').find((l) => l.startsWith('|')) ?? '';
        expect(line.replace(/\\\|/g, '').split('|').length, line).toBe(header.split('|').length);
      }
    }
  });

  it('--check fails on a stale README and passes after a rewrite', () => {
    const repo = writeRepo({
      'action.yml':
        'name: x\ninputs:\n  path:\n    description: Folder | to scan.\n    default: "."\noutputs:\n  result:\n    description: pass or fail\n',
      'policies/rules/IMS001.yml': readFileSync(join(root, 'policies/rules/IMS001.yml'), 'utf8'),
      'policies/schemas/config.schema.json': readFileSync(join(root, 'policies/schemas/config.schema.json'), 'utf8'),
      'README.md':
        '# x\n<!-- inputs:start -->\n<!-- inputs:end -->\n<!-- outputs:start -->\n<!-- outputs:end -->\n<!-- rules:start -->\n<!-- rules:end -->\n<!-- config:start -->\n<!-- config:end -->\n',
    });
    const check = () => spawnSync(process.execPath, [script, '--check', '--root', repo], { encoding: 'utf8' });
    const stale = check();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('out of date');
    execFileSync(process.execPath, [script, '--root', repo]);
    expect(check().status).toBe(0);
    const text = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(text).toContain('| `path` | `.` | Folder \\| to scan. |');
    expect(text).toContain('[IMS001](docs/rules/IMS001.md)');
    expect(text).toContain('| `hosting` |');

    writeFileSync(join(repo, 'README.md'), '# no markers\n');
    const missing = check();
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('<!-- inputs:start -->');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('runs `ims-gate check` over the whole repository from the package bin', () => {
    expect(existsSync(join(root, '.pre-commit-hooks.yaml'))).toBe(true);
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Json[];
    const hook = hooks.find((h) => h.id === 'ims-gate');
    expect(hook).toMatchObject({ entry: 'ims-gate check', language: 'node', pass_filenames: false });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Json;
    expect(Object.keys(pkg.bin)).toContain('ims-gate');
    for (const file of [
      'prod/packages/ims.xml',
      'stage/ims/manifest.yml',
      'stage/ims/manifest.json',
      'admin-console/users.csv',
      '.github/ims-gate.yml',
    ]) {
      expect(new RegExp(hook.files).test(file), file).toBe(true);
    }
    expect(new RegExp(hook.files).test('src/index.ts')).toBe(false);
  });
});
