// Every rule: schema-valid metadata, a docs page whose examples behave as they claim, a test table, and a
// registry entry. As in ESLint, a rule without docs or tests does not pass the build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleMetadata } from '../src/policy/rules.js';
import { rules } from '../src/rules/index.js';
import { scanFiles } from './helpers/repo.js';

const ROOT = join(import.meta.dirname, '..');

interface DocExample {
  files: Record<string, string>;
}

/** Fenced blocks with a `title="path"` under a heading, e.g. "## Failing example". */
export function docExample(markdown: string, heading: string): DocExample | undefined {
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
  it('has metadata for IMS000 to IMS010', () => {
    expect(metas.map((m) => m.id)).toEqual(['IMS000', 'IMS001', 'IMS002', 'IMS003', 'IMS004', 'IMS005', 'IMS006', 'IMS007', 'IMS008', 'IMS009', 'IMS010']);
  });

  it('registers every rule with metadata, sorted, exactly once', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(metas.map((m) => m.id));
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

      it('has a test table', () => {
        if (meta.id === 'IMS000' || meta.id === 'IMS010') return; // covered by the pipeline and restart suites
        expect(readdirSync(join(ROOT, '__tests__', 'rules'))).toContain(`${meta.id}.test.ts`);
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
          expect(report.findings.filter((f) => f.ruleId === meta.id || f.ruleId === 'IMS000').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message}`)).toEqual([]);
        });
      }
      if (meta.id !== 'IMS010') {
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
    const schema = JSON.parse(read(join(ROOT, 'policies', 'schemas', 'config.schema.json'), 'utf8')) as { properties: { rules: { propertyNames: { enum: string[] } } } };
    expect(schema.properties.rules.propertyNames.enum).toEqual(metas.map((m) => m.id).filter((id) => id !== 'IMS000'));
  });
});
