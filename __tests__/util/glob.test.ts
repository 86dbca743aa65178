import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, globMatcher, MAX_EXPANDED_LENGTH, MAX_GLOB_LENGTH } from '../../src/util/glob.js';

const matches = (glob: string, path: string): boolean => globMatcher([glob])(path);

describe('compileGlob', () => {
  it.each([
    ['prod/**', 'prod', true],
    ['prod/**', 'prod/', true],
    ['prod/**', 'prod/a/b.xml', true],
    ['prod/**', 'production/a.xml', false],
    ['**/x.xml', 'x.xml', true],
    ['**/x.xml', 'a/b/x.xml', true],
    ['**/x.xml', 'a/bx.xml', false],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/**/b', 'a/b', true],
    ['campaign/**/archive/**', 'campaign/x/archive/y.xml', true],
    ['campaign/**/archive/**', 'campaign/archive', true],
    ['*.xml', 'a.xml', true],
    ['*.xml', 'a/b.xml', false],
    ['*.xml', '.xml', true],
    ['a/*', 'a/', false], // a lone * segment names something
    ['a/*', 'a/b', true],
    ['archive/', 'archive/', true],
    ['archive/', 'archive', false],
    ['a?c', 'abc', true],
    ['a?c', 'a/c', false],
    ['[a-c]x', 'bx', true],
    ['[!a-c]x', 'bx', false],
    ['[^a-c]x', 'dx', true],
    ['[]]', ']', true],
    ['{prod,stage}/**', 'stage/a.xml', true],
    ['{prod,stage}/**', 'dev/a.xml', false],
    ['a{b,{c,d}}e', 'ade', true],
    ['{a}', '{a}', true],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['a\\(b\\)\\!\\+\\@', 'a(b)!+@', true],
    ['!archive/**', 'prod/a.xml', true],
    ['!archive/**', 'archive/a.xml', false],
    ['./prod/**', 'prod/a.xml', true],
    ['a.b', 'aXb', false],
    ['$a^+', '$a^+', true],
    ['**', '.git/config', true],
    ['**/*a*a*a*a*a*b', `x/${'a'.repeat(200)}`, false],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(matches(glob, path)).toBe(expected);
  });

  it.each([
    ['(a|b)/**', '"(" at character 1 is not supported (write alternatives as {a,b})'],
    ['a|b', '"|" at character 2 is not supported'],
    ['@(a|b)', 'extglob "@(" at character 1 is not supported'],
    ['!(a)', 'extglob "!(" at character 1 is not supported'],
    ['x/+(a)', 'extglob "+(" at character 3 is not supported'],
    ['[[:alpha:]]', 'POSIX class at character 1 is not supported'],
    ['file{1..3}.xml', 'brace range "{1..3}" is not supported (list the values: {1,2,3})'],
    ['x'.repeat(MAX_GLOB_LENGTH + 1), `it is ${MAX_GLOB_LENGTH + 1} characters long; at most ${MAX_GLOB_LENGTH} are supported`],
    [`${'{a,b}'.repeat(12)}x`, `its braces expand to more than ${MAX_EXPANDED_LENGTH} characters`],
  ])('refuses %s', (glob, reason) => {
    const compiled = compileGlob(glob);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.reason).toContain(reason);
  });

  // Where it differs from picomatch (4.x, dot: true), on purpose: `[!a]` is a negated class (picomatch reads it as
  // `[!a]` literally or one of `!`, `a`), and `<glob>/**` also matches what `<glob>` matches (picomatch does so for
  // `prod/**` but not for `*/**`); `*.*` matches `a.`.
  it('matches as picomatch (dot: true) does, on the supported syntax', () => {
    const segment = fc.oneof(
      fc.constant('**'),
      fc
        .array(fc.constantFrom('a', 'b', '.', '*', '?', '[ab]', '[^a]', '{a,b}', '{a,.b}', '\\*'), { minLength: 1, maxLength: 4 })
        .map((parts) => parts.join(''))
        // `**` inside a segment is `*` (picomatch agrees, except before braces)
        .filter((text) => !text.includes('**')),
    );
    const glob = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => segments.join('/'));
    const path = fc
      // discovery paths are normalised (no `.` or `..` segment); a name ending in `.` is left out, as picomatch
      // reads `*.*` as needing a non-empty extension
      .array(
        fc.string({ unit: fc.constantFrom('a', 'b', '.', '*'), minLength: 1, maxLength: 4 }).filter((s) => !s.endsWith('.')),
        { minLength: 1, maxLength: 4 },
      )
      .map((segments) => segments.join('/'));
    fc.assert(
      fc.property(glob, path, (g, p) => {
        fc.pre(compileGlob(g).ok); // many braces can expand past the cap
        const reference =
          picomatch(g, { dot: true })(p) || (/.\/\*\*$/.test(g) && picomatch(g.replace(/(?:\/\*\*)+$/, ''), { dot: true })(p));
        expect(matches(g, p), `${g} on ${p}`).toBe(reference);
      }),
      { numRuns: 5000 },
    );
  });
});
