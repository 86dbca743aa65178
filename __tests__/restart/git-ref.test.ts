// Base revisions are validated before git sees them: the rules are git check-ref-format's (checked against git
// itself, differentially), plus one of ours (no component begins with '-'), plus the ~N / ^N suffixes.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBaseRevision, quoteValue, refNameProblem } from '../../src/util/git-ref.js';

const SHA1 = '0123456789abcdef0123456789abcdef01234567';
const SHA256 = `${SHA1}${'89abcdef'.repeat(3)}`;

describe('parseBaseRevision', () => {
  it.each([
    [SHA1, { kind: 'commit', text: SHA1 }],
    [SHA256, { kind: 'commit', text: SHA256 }],
    [SHA1.toUpperCase(), { kind: 'commit', text: SHA1 }],
    ['origin/main', { kind: 'name', text: 'origin/main', remoteRef: 'refs/heads/main' }],
    ['origin/release/7.3', { kind: 'name', text: 'origin/release/7.3', remoteRef: 'refs/heads/release/7.3' }],
    ['refs/remotes/origin/main', { kind: 'name', text: 'refs/remotes/origin/main', remoteRef: 'refs/heads/main' }],
    ['refs/heads/main', { kind: 'name', text: 'refs/heads/main', remoteRef: 'refs/heads/main' }],
    ['refs/tags/v1.2', { kind: 'name', text: 'refs/tags/v1.2', remoteRef: 'refs/tags/v1.2' }],
    ['main', { kind: 'name', text: 'main', remoteRef: 'main' }],
    ['v1.2.3', { kind: 'name', text: 'v1.2.3', remoteRef: 'v1.2.3' }],
    ['origin/+plus', { kind: 'name', text: 'origin/+plus', remoteRef: 'refs/heads/+plus' }],
    // Only the local repository can resolve these: origin is never asked for them.
    ['HEAD', { kind: 'local', text: 'HEAD' }],
    ['origin/HEAD', { kind: 'local', text: 'origin/HEAD' }],
    ['HEAD~1', { kind: 'local', text: 'HEAD~1' }],
    ['main^2~3', { kind: 'local', text: 'main^2~3' }],
    ['origin/main~', { kind: 'local', text: 'origin/main~' }],
    ['abc1234', { kind: 'local', text: 'abc1234' }],
    ['refs/remotes/upstream/main', { kind: 'local', text: 'refs/remotes/upstream/main' }],
  ])('%s', (value, expected) => {
    expect(parseBaseRevision(value)).toEqual(expected);
  });

  it.each([
    ['', 'it is empty'],
    ['-pP', "it begins with '-' (git would read it as an option)"],
    ['origin/-pP', "'-pP' begins with '-' (git would read it as an option)"],
    ['--upload-pack=x', "it begins with '-' (git would read it as an option)"],
    ['refs/heads/--force', "'--force' begins with '-' (git would read it as an option)"],
    ['-x~1', "its name '-x': it begins with '-' (git would read it as an option)"],
    ['main~1x', "'~1x' is not a revision suffix (~N or ^N)"],
    ['main^{tree}', "'^{tree}' is not a revision suffix (~N or ^N)"],
    ['main~-1', "'~-1' is not a revision suffix (~N or ^N)"],
    ['HEAD:file', "it contains ':'"],
    ['a..b', "it contains '..'"],
    ['main@{upstream}', "it contains '@{'"],
    ['@', "it is '@'"],
    ['refs/heads/', "it begins or ends with '/' or contains '//'"],
    ['a//b', "it begins or ends with '/' or contains '//'"],
    ['main.', "it ends with '.'"],
    ['.hidden', "it begins with '.'"],
    ['x/main.lock', "'main.lock' ends with '.lock'"],
    ['a b', 'it contains white space or a control character'],
    ['a\u0000b', 'it contains white space or a control character'],
    ['a\u007fb', 'it contains white space or a control character'],
    ['a*', "it contains '*'"],
    ['a\\b', "it contains '\\'"],
    ['x'.repeat(1001), 'it is longer than 1000 characters'],
  ])('refuses %j', (value, problem) => {
    expect(parseBaseRevision(value)).toEqual({ problem });
  });

  it('whatever it accepts, no part of it can be read as an option or split into two arguments', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '-', '/', '~', '^', '1', ' ', '\n', '.', '=', '+', '@', '{'), maxLength: 16 }),
        (value) => {
          const parsed = parseBaseRevision(value);
          if ('problem' in parsed) return;
          accepted++;
          expect(parsed.text.startsWith('-')).toBe(false);
          expect(parsed.text).not.toMatch(/[\s\x00-\x1f\x7f]/);
          expect(parsed.text.split('/').some((component) => component.startsWith('-'))).toBe(false);
          if (parsed.kind === 'name') expect(parsed.remoteRef.split('/').some((component) => component.startsWith('-'))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
    // The generator does reach values it accepts, so the assertions above ran.
    expect(accepted).toBeGreaterThan(100);
  });
});

describe('refNameProblem agrees with git check-ref-format --allow-onelevel', () => {
  function gitAccepts(name: string): boolean {
    return spawnSync('git', ['check-ref-format', '--allow-onelevel', name], { stdio: 'ignore' }).status === 0;
  }

  it('on names built from the characters its rules are about', () => {
    const alphabet = [
      'a',
      'b',
      '/',
      '.',
      '-',
      'l',
      'o',
      'c',
      'k',
      '~',
      '^',
      ':',
      '?',
      '*',
      '[',
      '\\',
      ' ',
      '\t',
      '@',
      '{',
      '}',
      '+',
      'é',
      '\u007f',
      '\u0001',
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 10 }), (name) => {
        const ours = refNameProblem(name) === undefined;
        // Our one extra rule: git accepts refs/heads/-x, ims-gate never passes a component beginning with '-'.
        if (name.split('/').some((component) => component.startsWith('-'))) {
          expect(ours).toBe(false);
          return;
        }
        expect(ours).toBe(gitAccepts(name));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    'main',
    'a/b',
    'a./b',
    'a/b.c',
    'x.lockx',
    'ab@c',
    '@x',
    'a{b}',
    'é',
    'a..',
    '.a',
    'a/.b',
    'a.lock',
    'a.lock/b',
    '/a',
    'a/',
    'a//b',
    '@',
    'a@{b',
  ])('on %j', (name) => {
    expect(refNameProblem(name) === undefined).toBe(gitAccepts(name));
  });
});

describe('quoteValue', () => {
  it('keeps a message on one line and short', () => {
    expect(quoteValue('a\nb\tc\u0000')).toBe('a\\x0ab\\x09c\\x00');
    expect(quoteValue('x'.repeat(100))).toBe(`${'x'.repeat(80)}…`);
  });
});
