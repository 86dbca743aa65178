// Suggestions: the whole lines a fix rewrites, as they will read, from the file as the scan read it; never for
// lines that hold a secret.
import { describe, expect, it } from 'vitest';
import { suggestionsFor } from '../../src/fix/suggestions.js';
import type { Finding, Loc } from '../../src/types.js';
import { writeRepo } from '../helpers/repo.js';

function finding(file: string, loc: Omit<Loc, 'file'>, text: string): Finding {
  return {
    ruleId: 'IMS003',
    severity: 'error',
    message: 'm',
    remediation: 'r',
    file,
    ...loc,
    fingerprint: 'f',
    fix: { replacements: [{ loc: { ...loc, file }, text }] },
  };
}

describe('suggestionsFor', () => {
  it('a CRLF file with a BOM: the line as it will read, without its CR', () => {
    const root = writeRepo({ 'a.xml': '\uFEFF<a>\r\n  <b x="bad" y="1"/>\r\n</a>\r\n' });
    const [suggestion] = suggestionsFor(root, [finding('a.xml', { line: 2, column: 9, endLine: 2, endColumn: 12 }, 'good')], {});
    expect(suggestion).toMatchObject({ file: 'a.xml', startLine: 2, line: 2, lines: ['  <b x="good" y="1"/>'] });
  });

  it('a value over two lines: a suggestion for both', () => {
    const root = writeRepo({ 'a.xml': '<a x="one\ntwo" y="1"/>\n' });
    const [suggestion] = suggestionsFor(root, [finding('a.xml', { line: 1, column: 7, endLine: 2, endColumn: 4 }, 'one')], {});
    expect(suggestion).toMatchObject({ startLine: 1, line: 2, lines: ['<a x="one" y="1"/>'] });
  });

  it('no suggestion for a line that holds a secret, by name or by value', () => {
    const root = writeRepo({ 'a.xml': '<a x="bad" imsClientSecret="plain"/>\n<a x="bad" label="k3yvalue42"/>\n' });
    const findings = [
      finding('a.xml', { line: 1, column: 7, endLine: 1, endColumn: 10 }, 'good'),
      finding('a.xml', { line: 2, column: 7, endLine: 2, endColumn: 10 }, 'good'),
    ];
    expect(suggestionsFor(root, findings, { secrets: ['k3yvalue42'] })).toEqual([]);
    expect(suggestionsFor(root, findings, {}).map((s) => s.line)).toEqual([2]);
  });
});
