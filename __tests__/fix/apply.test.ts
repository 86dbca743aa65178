// Replacements applied to bytes: only the spans change, in every encoding the readers decode; a span that
// cannot be mapped exactly, or a file that is not a regular file inside the root or changed since the scan read
// it, is never written.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyToBytes } from '../../src/fix/apply.js';
import { openInsideRoot, sha256, writeIfUnchanged } from '../../src/fix/files.js';
import { planFixes } from '../../src/fix/plan.js';
import { renderValue } from '../../src/rules/util/fix.js';
import type { Finding, Loc } from '../../src/types.js';
import { writeRepo } from '../helpers/repo.js';

const at = (line: number, column: number, endColumn: number): Loc => ({ file: 'f.xml', line, column, endLine: line, endColumn });

describe('applyToBytes', () => {
  const text = '<?xml version="1.0"?>\r\n<a x="héllo" y="b"/>\r\n';
  const after = text.replace('y="b"', 'y="c&amp;d"');
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), Buffer.from(after, 'utf8')],
    ['UTF-8 with a BOM', Buffer.from(`\uFEFF${text}`, 'utf8'), Buffer.from(`\uFEFF${after}`, 'utf8')],
    ['UTF-16LE with a BOM', Buffer.from(`\uFEFF${text}`, 'utf16le'), Buffer.from(`\uFEFF${after}`, 'utf16le')],
    ['UTF-16BE with a BOM', Buffer.from(`\uFEFF${text}`, 'utf16le').swap16(), Buffer.from(`\uFEFF${after}`, 'utf16le').swap16()],
    ['UTF-16LE without a BOM', Buffer.from(text, 'utf16le'), Buffer.from(after, 'utf16le')],
  ])('%s: replaces only the span (after a non-ASCII character on the line), keeping the BOM and the CRLFs', (_name, bytes, expected) => {
    // y's value "b" is at line 2, columns 17..18 (UTF-16 code units of the decoded text).
    const applied = applyToBytes('f.xml', bytes, [{ loc: at(2, 17, 18), text: 'c&amp;d' }]);
    expect(applied.ok && applied.after).toBe(after);
    expect(applied.ok && applied.bytes).toEqual(expected);
  });

  it('an ISO-8859-1 file keeps its bytes; a replacement it cannot hold as ASCII is refused', () => {
    const latin = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<a x="\xe9" y="b"/>\n', 'latin1');
    const applied = applyToBytes('f.xml', latin, [{ loc: at(2, 13, 14), text: 'c' }]);
    expect(
      applied.ok && applied.bytes.equals(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<a x="\xe9" y="c"/>\n', 'latin1')),
    ).toBe(true);
    expect(applyToBytes('f.xml', latin, [{ loc: at(2, 13, 14), text: 'é' }])).toEqual({
      ok: false,
      reason: "the file's encoding cannot hold the new text",
    });
  });

  it('a span outside the file, or two overlapping spans, change nothing', () => {
    const bytes = Buffer.from(text);
    expect(applyToBytes('f.xml', bytes, [{ loc: at(9, 1, 2), text: 'x' }]).ok).toBe(false);
    expect(applyToBytes('f.xml', bytes, [{ loc: at(2, 1, 40), text: 'x' }]).ok).toBe(false);
    expect(
      applyToBytes('f.xml', bytes, [
        { loc: at(2, 7, 12), text: 'x' },
        { loc: at(2, 8, 9), text: 'y' },
      ]).ok,
    ).toBe(false);
  });
});

describe('renderValue keeps the syntax and the quote style', () => {
  it.each([
    ['a"b<c&d\te', 'xml-attribute-double', 'a&quot;b&lt;c&amp;d&#9;e'],
    ['a\'b"c', 'xml-attribute-single', 'a&apos;b"c'],
    ['dma_campaign_classic', 'yaml-plain', 'dma_campaign_classic'],
    ['a: b', 'yaml-plain', undefined],
    ['#x', 'yaml-plain', undefined],
    ["it's", 'yaml-single', "'it''s'"],
    ['a"b\\', 'yaml-double', '"a\\"b\\\\"'],
    ['a"b', 'json-string', '"a\\"b"'],
    ['Campaign - prod - x', 'csv-plain', 'Campaign - prod - x'],
    ['a,b', 'csv-plain', undefined],
    [' a', 'csv-plain', undefined],
  ] as const)('%j as %s is %j', (value, syntax, expected) => {
    expect(renderValue(value, syntax)).toBe(expected);
  });
});

function finding(file: string, loc: Loc, text: string): Finding {
  return {
    ruleId: 'IMS008',
    severity: 'error',
    message: 'm',
    remediation: 'r',
    file,
    line: loc.line,
    column: loc.column,
    endLine: loc.endLine,
    endColumn: loc.endColumn,
    fingerprint: 'f',
    fix: { replacements: [{ loc: { ...loc, file }, text }] },
  };
}

describe('what --fix may write', () => {
  it('never a symbolic link, never a file outside the root, never a file changed since the scan read it', () => {
    const outside = writeRepo({ 'secret.xml': '<a x="1"/>\n' });
    const root = writeRepo({ 'in.xml': '<a x="1"/>\n' });
    symlinkSync(join(outside, 'secret.xml'), join(root, 'link.xml'));
    mkdirSync(join(root, 'dir'));
    expect(openInsideRoot(root, 'link.xml')).toEqual({ ok: false, reason: 'it is a symbolic link' });
    expect(openInsideRoot(root, '../x.xml')).toEqual({ ok: false, reason: 'the path leaves the scan root' });
    expect(openInsideRoot(root, 'dir')).toEqual({ ok: false, reason: 'it is not a regular file' });

    const loc = at(1, 7, 8);
    const plan = planFixes(root, [finding('link.xml', loc, '2'), finding('in.xml', loc, '2')], {
      mode: 'apply',
      digests: new Map([['in.xml', sha256(Buffer.from('<a x="0"/>\n'))]]),
    });
    expect(plan.files).toEqual([]);
    expect(plan.notFixed.map((entry) => entry.reason)).toEqual([
      'in.xml is not fixed: it changed since it was read',
      'link.xml is not fixed: it is a symbolic link',
    ]);
    expect(readFileSync(join(outside, 'secret.xml'), 'utf8')).toBe('<a x="1"/>\n');

    const ok = planFixes(root, [finding('in.xml', loc, '2')], {
      mode: 'apply',
      digests: new Map([['in.xml', sha256(Buffer.from('<a x="1"/>\n'))]]),
    });
    expect(ok.files.map((file) => file.afterText)).toEqual(['<a x="2"/>\n']);
    writeFileSync(join(root, 'in.xml'), '<a x="3"/>\n');
    expect(writeIfUnchanged(root, 'in.xml', ok.files[0].before, ok.files[0].after)).toEqual({
      ok: false,
      reason: 'the file changed since it was read',
    });
    expect(readFileSync(join(root, 'in.xml'), 'utf8')).toBe('<a x="3"/>\n');
  });

  it('suggestion-only fixes are left out of --fix, and the same replacement offered twice is made once', () => {
    const root = writeRepo({ 'in.xml': '<a x="1" y="1"/>\n' });
    const same = finding('in.xml', at(1, 7, 8), '2');
    const onlySuggested = {
      ...finding('in.xml', at(1, 13, 14), '2'),
      fix: { replacements: [{ loc: { ...at(1, 13, 14), file: 'in.xml' }, text: '2' }], suggestionOnly: true },
    };
    const plan = planFixes(root, [same, { ...same }, onlySuggested], { mode: 'apply' });
    expect(plan.files.map((file) => file.afterText)).toEqual(['<a x="2" y="1"/>\n']);
    expect(plan.files[0].findings).toHaveLength(2);
    expect(planFixes(root, [same, onlySuggested], { mode: 'suggest' }).files.map((file) => file.afterText)).toEqual(['<a x="2" y="2"/>\n']);
  });
});

describe('fixes offered only where they can be made exactly', () => {
  it('an ISO-8859-1 package: an ASCII fix is offered and keeps the é bytes; a non-ASCII one is not offered', async () => {
    const { scan } = await import('../../src/pipeline.js');
    const { imsAccountPackage, manifest } = await import('../sarif/fixtures.js');
    const latin = (text: string) =>
      Buffer.from(
        text
          .replace("<?xml version='1.0'?>", "<?xml version='1.0' encoding='ISO-8859-1'?>")
          .replace('label="Adobe Experience Cloud"', 'label="Adobe Expérience"'),
        'latin1',
      );
    const account = imsAccountPackage('prod').replace('productContext="dma_campaign_classic"', 'productContext="dma_campaign_standard"');
    const root = writeRepo({ 'prod/packages/ims.xml': latin(account), 'prod/ims/manifest.yml': manifest('prod', 'campaign-prodé') });
    const outcome = await scan({ root, failOn: 'error', keepDigests: true });
    const byRule = (rule: string) => outcome.report.findings.find((f) => f.ruleId === rule);
    expect(byRule('IMS008')).toBeDefined();
    expect(byRule('IMS008')?.fix).toBeUndefined();
    expect(byRule('IMS002')?.fix?.replacements[0].text).toBe('dma_campaign_classic');
    const plan = planFixes(root, outcome.report.findings, { mode: 'apply', digests: outcome.digests });
    expect(plan.files.map((file) => file.file)).toEqual(['prod/packages/ims.xml']);
    expect(plan.files[0].after).toEqual(
      latin(account.replace('productContext="dma_campaign_standard"', 'productContext="dma_campaign_classic"')),
    );
  });
});
