// docs/config.md documents every property of policies/schemas/config.schema.json, and nothing else; its
// examples are valid configs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/load.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const root = process.cwd();
const doc = readFileSync(join(root, 'docs/config.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(root, 'policies/schemas/config.schema.json'), 'utf8')) as Json;

/** Every property path of the schema: `hosting`, `instances`, `instances.<name>.paths`, `fields.scope`, … */
function schemaPaths(): string[] {
  const paths: string[] = [];
  for (const [name, property] of Object.entries<Json>(schema.properties)) {
    paths.push(name);
    for (const child of Object.keys(property.properties ?? {})) paths.push(`${name}.${child}`);
    for (const child of Object.keys(property.additionalProperties?.properties ?? {})) paths.push(`${name}.<name>.${child}`);
  }
  return paths;
}

/** The keys documented in the first column of the keys table. */
function documentedKeys(): string[] {
  return [...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
}

describe('docs/config.md', () => {
  it('documents every property of the config schema', () => {
    const documented = documentedKeys();
    for (const path of schemaPaths()) expect(documented, `docs/config.md has no row for ${path}`).toContain(path);
  });

  it('documents no property the schema does not have', () => {
    expect(documentedKeys().filter((key) => !schemaPaths().includes(key))).toEqual([]);
  });

  it('gives the default attribute names of policies/fields.yml', () => {
    const fields = (parse(readFileSync(join(root, 'policies/fields.yml'), 'utf8')) as { fields: Record<string, string[]> }).fields;
    for (const [field, names] of Object.entries(fields)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`fields.${field}\` |`));
      expect(row, field).toContain(`\`[${names.join(', ')}]\``);
    }
  });

  it('lists the enum values of the schema', () => {
    const hosting = doc.split('\n').find((line) => line.startsWith('| `hosting` |')) ?? '';
    for (const value of schema.properties.hosting.enum) expect(hosting).toContain(`\`${value}\``);
    const rules = doc.split('\n').find((line) => line.startsWith('| `rules` |')) ?? '';
    for (const value of schema.properties.rules.additionalProperties.enum) expect(rules).toContain(`\`${value}\``);
  });

  it('has YAML examples that are valid configs', () => {
    const blocks = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) expect(parseConfig(block, 'docs/config.md').problems).toEqual([]);
    const full = parseConfig(blocks[1], 'docs/config.md').config;
    expect(Object.keys(full.instances)).toEqual(['prod', 'stage']);
  });
});
