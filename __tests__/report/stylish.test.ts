// The terminal format at 60, 100 and 200 columns: every line fits, messages wrap at word boundaries under their
// indentation, source lines are cropped around the underlined span, carets never wrap, a CSV row finding
// underlines one cell; colours follow NO_COLOR / FORCE_COLOR.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CodeFrame } from '../../src/excerpt/code-frames.js';
import { formatStylish, wrap } from '../../src/report/stylish.js';
import { finding, report } from '../action/fake-report.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const width = (line: string) => Array.from(plain(line)).length;

async function cli(args: string[], io: { isTty?: boolean; columns?: number; env?: NodeJS.ProcessEnv } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: io.env ?? {},
    isTty: io.isTty ?? false,
    columns: io.columns,
  });
  return { code, stdout, stderr };
}

const longLine = `<extAccount name="Adobe_Marketing_Cloud" label="Adobe Experience Cloud (MAC)" type="Adobe Marketing Cloud" ${'padding="x" '.repeat(12)}imsServer="http://ims-na1.adobelogin.com/x" imsScope="openid" ${'more="y" '.repeat(10)}/>`;
const spanStart = longLine.indexOf('imsServer=') + 1;
const frame: CodeFrame = {
  lines: [
    { number: 11, text: '  <entities schema="nms:extAccount">' },
    { number: 12, text: longLine },
    { number: 13, text: '  </entities>' },
  ],
  caret: { line: 12, column: spanStart, length: 'imsServer="http://ims-na1.adobelogin.com/x"'.length },
};
const long = finding({ message: `${'A long message about the IMS server value that needs wrapping '.repeat(4)}end.` });

describe.each([60, 100, 200])('stylish output at %i columns', (columns) => {
  const text = formatStylish(report([long]), { frames: [frame], width: columns });
  const lines = text.trimEnd().split('\n');

  it('fits every line', () => {
    for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
  });

  it('wraps the message at word boundaries, continuation lines indented, ending with the rule', () => {
    const head = lines.findIndex((line) => line.startsWith('prod/ims.xml:12:17  error  '));
    const fix = lines.findIndex((line) => line.startsWith('    fix: '));
    const message = lines.slice(head, fix);
    expect(message.slice(1).every((line) => line.startsWith('    ') && !line.startsWith('     '))).toBe(true);
    const joined = message.map((line, i) => (i === 0 ? line.slice('prod/ims.xml:12:17  error  '.length) : line.trim())).join(' ');
    expect(joined).toBe(`${long.message} [IMS003]`);
  });

  it('crops the source line around the span with … and puts the caret exactly under the span', () => {
    const marked = lines.findIndex((line) => line.startsWith('    > 12 | '));
    const source = lines[marked];
    const caret = lines[marked + 1];
    expect(caret).toMatch(/^ {4} {2}\d* *\| *\^+$/);
    const under = source.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1);
    const target = 'imsServer="http://ims-na1.adobelogin.com/x"';
    if (longLine.length + 11 > columns) expect(source).toContain('…');
    // The caret covers the visible part of the span, and never more than the line above it.
    expect(target.startsWith(under) || under.startsWith('imsServer')).toBe(true);
    expect(width(caret)).toBeLessThanOrEqual(width(source));
  });
});

describe('wrap', () => {
  it.each([
    ['alpha beta gamma delta epsilon zeta eta', 24, '', '  ', ['alpha beta gamma delta', '  epsilon zeta eta']],
    ['supercalifragilistic word', 24, '', '', ['supercalifragilistic', 'word']],
  ])('lays out %j at %i', (text, columns, first, rest, expected) => {
    expect(wrap(text, columns, first, rest)).toEqual(expected);
  });

  it('breaks a word longer than a whole line instead of overflowing', () => {
    const out = wrap(`x ${'y'.repeat(90)}`, 40, 'head: ', '    ');
    for (const line of out) expect(line.length).toBeLessThanOrEqual(40);
    expect(out.join('').replace(/\s|head:/g, '')).toBe(`x${'y'.repeat(90)}`);
  });
});

describe('the CLI in a terminal', () => {
  it.each([60, 100, 200])('fits process.stdout.columns (%i) on examples/', async (columns) => {
    const run = await cli(['check', EXAMPLES], { isTty: true, columns, env: { NO_COLOR: '1' } });
    expect(run.code).toBe(1);
    for (const line of run.stdout.trimEnd().split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
  });

  it('uses 100 columns when standard output is not a terminal', async () => {
    const run = await cli(['check', EXAMPLES], { isTty: false, columns: 300 });
    const lines = run.stdout.split('\n');
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map(width))).toBeGreaterThan(90);
  });

  it('underlines the relevant cell of a whole-row CSV finding, never the whole row', async () => {
    const run = await cli(['check', EXAMPLES], { env: {} });
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith('admin-console/users.csv:4:1  warning'));
    const marked = lines.findIndex((line, i) => i > at && line.startsWith('    > 4 | '));
    const caret = lines[marked + 1];
    expect(caret.trim().replace(/^\|\s*/, '')).toBe('^'.repeat('chloe.martin@example.com'.length));
    expect(lines[marked].slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe('chloe.martin@example.com');
  });

  it.each([
    ['a terminal', { isTty: true, env: {} }, true],
    ['a pipe', { isTty: false, env: {} }, false],
    ['NO_COLOR=1 on a terminal', { isTty: true, env: { NO_COLOR: '1' } }, false],
    ['FORCE_COLOR=1 on a pipe', { isTty: false, env: { FORCE_COLOR: '1' } }, true],
    ['FORCE_COLOR=0 on a terminal', { isTty: true, env: { FORCE_COLOR: '0' } }, false],
    ['NO_COLOR=1 and FORCE_COLOR=1', { isTty: false, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, false],
  ])('colours on %s: %s', async (_name, io, coloured) => {
    const run = await cli(['check', EXAMPLES], io);
    expect(run.stdout.includes('\u001b[')).toBe(coloured);
  });

  it('--no-color wins over FORCE_COLOR', async () => {
    const run = await cli(['check', EXAMPLES, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout.includes('\u001b[')).toBe(false);
  });
});

describe('the fixable-findings note', () => {
  const loc = { file: 'prod/packages/ims.xml', line: 8, column: 17, endLine: 8, endColumn: 40 };
  const fix = (suggestionOnly: boolean) => ({
    replacements: [{ loc, text: 'https://ims-na1.adobelogin.com' }],
    ...(suggestionOnly ? { suggestionOnly } : {}),
  });

  it('counts the findings --fix applies and those left to the Admin Console, as ESLint does', () => {
    const text = formatStylish(
      report([finding({ fix: fix(false) }), finding({ fix: fix(false) }), finding({ fix: fix(true) }), finding()]),
      {
        color: false,
        width: 200,
      },
    );
    expect(text).toContain(
      '2 finding(s) fixable with `ims-gate check --fix` (preview: --fix-dry-run); 1 with a suggested change to make in the Admin Console (see --format json).',
    );
  });

  it('says nothing when no finding has a fix', () => {
    expect(formatStylish(report([finding()]), { color: false, width: 200 })).not.toContain('fixable');
  });
});
