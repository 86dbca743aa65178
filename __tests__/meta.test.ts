// Every rule: schema-valid metadata, a docs page whose examples behave as they claim, a test table, and a
// registry entry. As in ESLint, a rule without docs or tests does not pass the build. The list of rules is the
// policy files, policies/rules/*.yml; nothing here names a rule ID by hand.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuleFiles } from '../scripts/generate.mjs';
import { loadRuleMetadata } from '../src/policy/rules.js';
import { rules } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';
import { scanFiles } from './helpers/repo.js';

const ROOT = join(import.meta.dirname, '..');
const policyIds = readdirSync(join(ROOT, 'policies', 'rules'))
  .filter((name) => name.endsWith('.yml'))
  .map((name) => name.slice(0, -'.yml'.length))
  .sort();
const ruleFiles = readRuleFiles(ROOT);

interface DocExample {
  files: Record<string, string>;
}

/** Fenced blocks with a `title="path"` under a heading, e.g. "## Failing example". */
function docExample(markdown: string, heading: string): DocExample | undefined {
  const start = markdown.search(new RegExp(`^##+\\s+${heading}\\b.*$`, 'im'));
  if (start === -1) return undefined;
  const rest = markdown.slice(start).split('\n').slice(1).join('\n');
  const end = rest.search(/^##?\s/m);
  const section = end === -1 ? rest : rest.slice(0, end);
  const files: Record<string, string> = {};
  for (const match of section.matchAll(/^(`{3,})[\w-]*[^\n]*?title="([^"]+)"[^\n]*\n([\s\S]*?)^\1\s*$/gm)) files[match[2]] = match[3];
  return Object.keys(files).length > 0 ? { files } : undefined;
}

const metas = [...loadRuleMetadata().values()];

describe('rule catalogue', () => {
  it('loads the metadata of every policy file, in ID order', () => {
    expect(policyIds.length).toBeGreaterThan(0);
    expect(metas.map((m) => m.id)).toEqual(policyIds);
  });

  it('has a rule file for every policy and a policy for every rule file', () => {
    expect(ruleFiles.problems).toEqual([]);
    expect(ruleFiles.rules.map((rule) => rule.id)).toEqual(policyIds);
  });

  it('registers every rule with a policy, sorted, exactly once', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(policyIds);
  });

  it('registers what each rule file exports, under the ID the generator read from it', async () => {
    const exported: Rule[] = [];
    for (const file of ruleFiles.rules) {
      const module = (await import(join(ROOT, file.path))) as Record<string, Rule>;
      expect(module[file.exportName]?.id, `${file.path} exports ${file.exportName}`).toBe(file.id);
      exported.push(module[file.exportName]);
    }
    expect(rules).toEqual(exported);
    for (const [index, rule] of rules.entries()) expect(rule).toBe(exported[index]);
  });

  it('keeps rule names unique', () => {
    expect(new Set(metas.map((m) => m.name)).size).toBe(metas.length);
  });

  for (const meta of metas) {
    describe(meta.id, () => {
      const docsPath = join(ROOT, meta.docs);
      const markdown = existsSync(docsPath) ? readFileSync(docsPath, 'utf8') : '';

      it('has a docs page with the required sections', () => {
        expect(existsSync(docsPath), `${meta.docs} exists`).toBe(true);
        expect(markdown).toMatch(new RegExp(`^# ${meta.id}\\b`, 'm'));
        for (const section of ['Why', 'Failing example', 'Passing example', 'How to fix', 'How to suppress']) {
          expect(markdown, `${meta.docs} has a "${section}" section`).toMatch(new RegExp(`^##+\\s+${section}`, 'im'));
        }
      });

      it('has a test file', () => {
        expect(readdirSync(join(ROOT, '__tests__', 'rules'))).toContain(`${meta.id}.test.ts`);
      });

      it('has its docs page at docs/rules/<ID>.md', () => {
        expect(meta.docs).toBe(`docs/rules/${meta.id}.md`);
      });

      const failing = docExample(markdown, 'Failing example');
      const passing = docExample(markdown, 'Passing example');
      if (failing) {
        it('docs failing example produces the rule', async () => {
          const report = await scanFiles(failing.files);
          expect(report.findings.filter((f) => f.ruleId === meta.id).length).toBeGreaterThan(0);
        });
      }
      if (passing) {
        it('docs passing example produces no finding of the rule, and nothing unreadable', async () => {
          const report = await scanFiles(passing.files);
          expect(
            report.findings
              .filter((f) => f.ruleId === meta.id || f.ruleId === 'IMS000')
              .map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`),
          ).toEqual([]);
        });
      }
      // A restart notice needs a base revision in git, which a docs example cannot give.
      if (!rules.find((rule) => rule.id === meta.id)?.usesRestartDetection) {
        it('docs examples are executable (titled code blocks)', () => {
          expect(failing, `${meta.docs} failing example has titled code blocks`).toBeDefined();
          expect(passing, `${meta.docs} passing example has titled code blocks`).toBeDefined();
        });
      }
    });
  }
});

describe('config schema', () => {
  it('lets the config set the level of every registered rule, and of IMS010, but never turn IMS000 off', async () => {
    const { readFileSync: read } = await import('node:fs');
    const schema = JSON.parse(read(join(ROOT, 'policies', 'schemas', 'config.schema.json'), 'utf8')) as {
      properties: { rules: { propertyNames: { enum: string[] } } };
    };
    expect(schema.properties.rules.propertyNames.enum).toEqual(metas.map((m) => m.id).filter((id) => id !== 'IMS000'));
  });
});
