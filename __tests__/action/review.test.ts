// The review of suggestions, planned: which suggestions go on the pull request (lines in one hunk of the
// diff's RIGHT side, at most 30, one per replacement), and what each comment says.
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../src/fix/suggestions.js';
import { filterByDiff, inOneHunk, parsePatch, type PullRequestDiff } from '../../src/github/pr-diff.js';
import { MAX_SUGGESTIONS, planReview, SUGGESTION_MARKER, suggestionBody } from '../../src/report/review.js';
import type { Finding } from '../../src/types.js';
import { liveMentions } from '../e2e/mentions.js';

function finding(line: number, message = 'IMS server "x" is wrong'): Finding {
  return {
    ruleId: 'IMS003',
    severity: 'error',
    message,
    remediation: 'r',
    file: 'a.xml',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    fingerprint: `f${line}`,
    fix: { replacements: [{ loc: { file: 'a.xml', line, column: 1, endLine: line, endColumn: 2 }, text: 'y' }], restart: true },
  };
}

const suggestion = (line: number, text = `new ${line}`, message?: string): Suggestion => ({
  finding: finding(line, message),
  file: 'a.xml',
  startLine: line,
  line,
  lines: [text],
});

describe('parsePatch', () => {
  it('takes the RIGHT-side lines (context and added) of each hunk, and the added ones', () => {
    const diff = parsePatch(
      ['@@ -1,3 +1,4 @@', ' a', '-b', '+c', '+d', ' e', '@@ -20,2 +21,2 @@', '-x', '+y', '\\ No newline at end of file'].join('\n'),
    );
    expect([...diff.right]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [21, 1],
    ]);
    expect([...diff.added]).toEqual([2, 3, 21]);
  });

  it('a multi-line suggestion must lie in one hunk', () => {
    const diff: PullRequestDiff = new Map([['a.xml', parsePatch('@@ -1,2 +1,2 @@\n a\n+b\n@@ -9,1 +3,1 @@\n+c')]]);
    expect(inOneHunk(diff, 'a.xml', 1, 2)).toBe(true);
    expect(inOneHunk(diff, 'a.xml', 2, 3)).toBe(false);
    expect(inOneHunk(diff, 'b.xml', 1, 1)).toBe(false);
  });
});

describe('planReview', () => {
  it('keeps the suggestions on the diff, at most 30, one per line and text, and counts the rest', () => {
    const patch = ['@@ -1,0 +1,40 @@', ...Array.from({ length: 40 }, (_, i) => `+l${i + 1}`)].join('\n');
    const diff: PullRequestDiff = new Map([['repo/a.xml', parsePatch(patch)]]);
    const suggestions = [...Array.from({ length: 35 }, (_, i) => suggestion(i + 1)), suggestion(1), suggestion(50)];
    const plan = planReview(suggestions, diff, (file) => `repo/${file}`);
    expect(plan.comments).toHaveLength(MAX_SUGGESTIONS);
    expect(plan.comments[0]).toMatchObject({ path: 'repo/a.xml', line: 1 });
    expect(plan.comments[0].startLine).toBeUndefined();
    expect(plan.overLimit).toBe(5);
    expect(plan.outsideDiff).toBe(1);
  });
});

describe('suggestionBody', () => {
  it('starts with the marker, neutralises mentions in the message, and ends with the suggestion block', () => {
    const body = suggestionBody(suggestion(3, '  <a x="@octocat #12"/>', 'value "@octocat" see #12'));
    expect(body.startsWith(`${SUGGESTION_MARKER}\n**IMS003** `)).toBe(true);
    expect(liveMentions(body.split('```suggestion')[0])).toEqual([]);
    expect(body).toContain('Restart the Campaign server after deploying it.');
    // The block is the file's text as it will be: never altered (GitHub renders no mention in a code block).
    expect(body.endsWith('```suggestion\n  <a x="@octocat #12"/>\n```')).toBe(true);
  });
});

describe('filterByDiff (annotate)', () => {
  const diff: PullRequestDiff = new Map([['a.xml', parsePatch('@@ -1,2 +1,3 @@\n a\n+b\n c')]]);
  const findings = [finding(1), finding(2), { ...finding(1), file: 'b.xml' }];
  it.each([
    ['all', ['a.xml:1', 'a.xml:2', 'b.xml:1']],
    ['changed-files', ['a.xml:1', 'a.xml:2']],
    ['changed-lines', ['a.xml:2']],
  ] as const)('%s keeps %j', (mode, kept) => {
    expect(filterByDiff(findings, diff, (file) => file, mode).map((f) => `${f.file}:${f.line}`)).toEqual(kept);
  });
});
