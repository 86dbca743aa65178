// Golden tests of the readers: every __tests__/fixtures/read/<case>/ holds input.<ext> and expected.json, the
// exact ReadResult (values and positions). `expected.json` names the path the file is read as (`file`), which
// matters for serverConf.xml / config-<name>.xml, and its `kind` is also what sniffKind must answer.
//
// UPDATE_GOLDEN=1 rewrites expected.json from the readers' output. Review the diff by hand: the second test below
// checks every position against the raw text independently, but values and messages need a human eye.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFile, sniffKind } from '../../src/read/index.js';
import type { Loc, ReadResult } from '../../src/types.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'read');
const update = process.env.UPDATE_GOLDEN === '1';

interface Case {
  name: string;
  dir: string;
  input: string;
  file: string;
  expected: Partial<ReadResult>;
}

function cases(): Case[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(FIXTURES, entry.name);
      const input = readdirSync(dir).find((name) => name.startsWith('input.'));
      if (!input) throw new Error(`fixture ${entry.name} has no input.<ext>`);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Partial<ReadResult>;
      return { name: entry.name, dir, input: join(dir, input), file: expected.file ?? input, expected };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** ReadResult with a stable key order, for readable golden files. */
function canonical(result: ReadResult): Record<string, unknown> {
  const { file, kind, records, serverConf, manifest, dashboard, suppressions, problems } = result;
  return { file, kind, records, serverConf, manifest, dashboard, suppressions, problems };
}

function run(c: Case): ReadResult {
  const bytes = readFileSync(c.input);
  const kind = sniffKind(c.file, bytes);
  if (!kind) throw new Error(`sniffKind(${c.file}) found no kind for fixture ${c.name}`);
  return readFile(c.file, bytes, kind);
}

describe('golden read results', () => {
  for (const c of cases()) {
    test(c.name, () => {
      const result = run(c);
      if (update) {
        writeFileSync(join(c.dir, 'expected.json'), `${JSON.stringify(canonical(result), null, 2)}\n`);
        return;
      }
      expect(JSON.parse(JSON.stringify(canonical(result)))).toEqual(c.expected);
    });
  }
});

/** The text of a file as the readers see it: decoded, without a byte-order mark. */
function decodedText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const declared = /encoding="(ISO-8859-1)"/.exec(bytes.toString('latin1', 0, 100));
  return new TextDecoder(declared ? 'latin1' : 'utf-8').decode(bytes);
}

/** The text a Loc spans, computed from a plain split on '\n' (independent of the readers' line index). */
function spanText(text: string, loc: Loc): string {
  const lines = text.split('\n');
  if (loc.line === loc.endLine) return lines[loc.line - 1].slice(loc.column - 1, loc.endColumn - 1);
  const parts = [lines[loc.line - 1].slice(loc.column - 1)];
  for (let l = loc.line + 1; l < loc.endLine; l++) parts.push(lines[l - 1]);
  parts.push(lines[loc.endLine - 1].slice(0, loc.endColumn - 1));
  return parts.join('\n');
}

const unquote = (s: string): string => (/^(["']).*\1$/s.test(s) ? s.slice(1, -1) : s);

describe('golden positions point at what they locate', () => {
  for (const c of cases()) {
    test(c.name, () => {
      const text = decodedText(readFileSync(c.input));
      const result = run(c);
      let checked = 0;
      for (const record of result.records ?? []) {
        const tag = spanText(text, record.loc);
        expect(tag.startsWith(`<${record.element}`) && tag.endsWith('>')).toBe(true);
        for (const [name, attr] of Object.entries(record.attrs)) {
          expect(spanText(text, attr.loc)).toMatch(new RegExp(`^${name}\\s*=\\s*(["'])[^]*\\1$`));
          checked++;
        }
      }
      for (const node of [result.serverConf?.ims, result.serverConf?.redirection]) {
        if (!node) continue;
        expect(spanText(text, node.loc)).toMatch(/^<(ims|redirection)\b[\s\S]*>$/);
        for (const [name, attr] of Object.entries(node.attrs)) {
          expect(spanText(text, attr.loc)).toMatch(new RegExp(`^${name}\\s*=\\s*(["'])[^]*\\1$`));
          checked++;
        }
      }
      const manifest = result.manifest;
      if (manifest) {
        expect(spanText(text, manifest.loc)).toMatch(/^["']?kind["']?\s*:\s*["']?ims-provisioning["']?$/);
        for (const [key, field] of Object.entries(manifest)) {
          if (key === 'loc') continue;
          const located = field as { value: unknown; loc: Loc };
          if (Array.isArray(located.value)) {
            for (const item of located.value as { value: string; loc: Loc }[]) {
              expect(unquote(spanText(text, item.loc))).toBe(item.value);
              checked++;
            }
          } else {
            expect(unquote(spanText(text, located.loc))).toBe(located.value);
            checked++;
          }
        }
      }
      for (const user of result.dashboard?.users ?? []) {
        for (const group of user.groups) {
          expect(spanText(text, group.loc).replace(/""/g, '"')).toBe(group.value);
          checked++;
        }
      }
      for (const s of result.suppressions) {
        expect(spanText(text, s.loc)).toMatch(/ims-gate-disable-next-line/);
        expect(s.targetStartLine).toBeGreaterThan(s.loc.endLine);
        checked++;
      }
      const lineCount = text.split('\n').length;
      for (const p of result.problems) {
        expect(p.loc.line).toBeGreaterThanOrEqual(1);
        expect(p.loc.endLine).toBeLessThanOrEqual(lineCount);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
