// Mentions and issue references from repository values are made inert in every text GitHub renders:
// the PR comment, the job summary, the check run's output and its annotations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutput, toCheckAnnotation } from '../../src/report/checks-api.js';
import { toCommandAnnotation } from '../../src/report/github-commands.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { escapeMd, neutraliseMentions } from '../../src/report/md.js';
import { renderSummary } from '../../src/report/summary.js';
import { liveMentions } from '../e2e/mentions.js';
import { finding, report } from './fake-report.js';
import { timeRatio } from '../helpers/timing.js';

const Z = '\u200D';

describe('neutraliseMentions', () => {
  it.each([
    ['ping @octocat now', `ping @${Z}octocat now`],
    ['@octocat', `@${Z}octocat`],
    ['team @acme/admins', `team @${Z}acme/admins`],
    ['(@octocat)', `(@${Z}octocat)`],
    ['fixes #123', `fixes #${Z}123`],
    ['acme/repo#12', `acme/repo#${Z}12`],
    ['see GH-42', `see GH-${Z}42`],
    ['@@double', `@@${Z}double`],
  ])('%j → inert', (text, expected) => {
    expect(neutraliseMentions(text)).toBe(expected);
  });

  it.each([['admin@example.com'], ['web@prod'], ['# heading'], ['#L12'], ['@ alone'], ['issue-#'], ['AGH-1']])(
    '%j is left as it is',
    (text) => {
      expect(neutraliseMentions(text)).toBe(text);
    },
  );

  it('leaves no live mention in any text, and changes nothing but inserted joiners', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('@', '#', 'a', 'G', 'H', '-', '1', ' ', '/', '_', '`') }), (text) => {
        const out = neutraliseMentions(text);
        expect(liveMentions(out.replace(/`/g, "'"))).toEqual([]);
        expect(out.replaceAll(Z, '')).toBe(text);
      }),
    );
  });

  it('takes time linear in the text (1 MB of near-mentions against 10 KB)', () => {
    const text = (size: number) => '@#G H-a@_1#'.repeat(Math.ceil(size / 11)).slice(0, size);
    // 100 times the text; the shared helper repeats short runs to 20 ms each, so timer noise cannot decide.
    expect(timeRatio(neutraliseMentions, text(10_000), text(1_000_000), 400)).toBeLessThan(400);
  });

  it('is applied by escapeMd, before escaping', () => {
    expect(escapeMd('@octocat #1')).toBe(`@${Z}octocat \\#${Z}1`);
  });
});

describe('every rendered text', () => {
  const hostile = finding({
    file: 'prod/@octocat-#7.xml',
    message: "IMS server 'https://@evil/team' of @acme/admins, see #123 and GH-9",
    instance: 'prod',
    related: [{ file: 'stage/@someone.xml', line: 3, column: 1, message: 'first account, cc @someone #4' }],
  });
  const r = report([hostile]);

  it('has no live mention in the comment, the summary and the check-run output', () => {
    for (const text of [renderMarkdown(r), renderSummary(r), checkOutput(r).summary, checkOutput(r).text, checkOutput(r).title]) {
      expect(liveMentions(text)).toEqual([]);
    }
    // The values are still there, readable.
    expect(renderMarkdown(r)).toContain(`@${Z}acme/admins`);
  });

  it('has none in the annotation message, title and details (plain text)', () => {
    const annotation = toCheckAnnotation(hostile);
    for (const text of [annotation.message, annotation.title, annotation.raw_details ?? '']) {
      expect(text.match(/(?<![A-Za-z0-9_])@[A-Za-z0-9]|#\d/g)).toBeNull();
    }
    expect(annotation.raw_details).toContain(`@${Z}someone`);
  });

  it('has none in workflow-command annotations (the fallback), whose file stays exact', () => {
    const command = toCommandAnnotation(hostile);
    expect(`${command.message} ${command.properties.title}`.match(/(?<![A-Za-z0-9_])@[A-Za-z0-9]|#\d/g)).toBeNull();
    expect(command.properties.file).toBe('prod/@octocat-#7.xml');
  });
});
