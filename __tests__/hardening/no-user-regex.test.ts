// Hardening (issue 10): no text from a file or the config is compiled as a regular expression. Every place in
// src/ that builds a RegExp at run time is listed here with why it is safe; a new one fails this test until it
// is reviewed. Redirect URI patterns and globs have their own linear-time matchers
// (src/rules/util/redirect-pattern.ts, src/util/glob.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** file → the RegExp constructions it may hold, each built from constants only. */
const REVIEWED: Record<string, string[]> = {
  // Character classes of white space and zero-width characters, from constants.
  'src/rules/util/whitespace.ts': [
    'new RegExp(`[\\\\s\\\\u00a0${ZERO_WIDTH}]`)',
    'new RegExp(WHITE.source, ',
    'new RegExp(`[${ZERO_WIDTH}]`, ',
  ],
  // The `kind: ims-provisioning` markers, from the constant V; run on lines of at most 512 bytes.
  'src/read/sniff.ts': ['new RegExp(`^(?:---', 'new RegExp(`(?:^[ \\\\t]*', 'new RegExp(`[{,][ \\\\t]*kind'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('regular expressions built at run time', () => {
  it('are only the reviewed ones, built from constants', () => {
    const found: Record<string, string[]> = {};
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bRegExp\(/g)) {
        const call = text.slice(
          match.index - (text.slice(match.index - 4, match.index) === 'new ' ? 4 : 0),
          text.indexOf('\n', match.index),
        );
        const reviewed = REVIEWED[file.split('\\').join('/')]?.some((allowed) => call.startsWith(allowed));
        if (!reviewed) {
          found[file] ??= [];
          found[file].push(call.trim());
        }
      }
    }
    expect(found, 'RegExp built at run time outside the reviewed list (user text must never reach one)').toEqual({});
  });
});
