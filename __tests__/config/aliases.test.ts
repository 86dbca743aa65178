// YAML anchors and aliases in .github/ims-gate.yml: ordinary use applies; an alias bomb, an alias to no anchor
// and an alias cycle are each one config problem at the alias, never an exception (issue 10 §6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseConfig } from '../../src/config/load.js';
import { aliasProblem, MAX_EXPANDED_NODES } from '../../src/util/yaml-aliases.js';

const FILE = '.github/ims-gate.yml';

/** `levels` anchors, each a list of `width` aliases of the previous one; level 0 is `["lol"]` (2 nodes). */
function laughs(levels: number, width: number): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let level = 1; level < levels; level++)
    lines.push(
      `a${level}: &a${level} [${Array(width)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

/** Nodes the aliases of `laughs(levels, width)` add, level by level (a closed form, independent of the walk). */
function laughsExpansion(levels: number, width: number): number {
  let size = 2;
  let added = 0;
  for (let level = 1; level < levels && added <= MAX_EXPANDED_NODES; level++) {
    added += width * size;
    size = 1 + width * size;
  }
  return added;
}

/** The text at the start of a problem's location. */
function textAt(text: string, line: number, column: number): string {
  return text.split('\n')[line - 1].slice(column - 1);
}

describe('config anchors and aliases', () => {
  it('an anchor shared by two instances applies to both', () => {
    const { config, problems } = parseConfig(
      'instances:\n  prod:\n    paths: &shared ["campaign/**"]\n  stage:\n    paths: *shared\nexclude: [archive/**]\n',
      FILE,
    );
    expect(problems).toEqual([]);
    expect(config.instances).toEqual({ prod: { paths: ['campaign/**'] }, stage: { paths: ['campaign/**'] } });
  });

  it('an alias refers to the last anchor of its name before it, as the yaml package resolves it', () => {
    const text = 'include: &x ["a/**"]\nexclude: &x ["b/**"]\noperatorGroups: *x\n';
    const { config, problems } = parseConfig(text, FILE);
    expect(problems).toEqual([]);
    expect(config.operatorGroups).toEqual(['b/**']);
    expect(config.operatorGroups).toEqual((parseDocument(text).toJS() as { operatorGroups: string[] }).operatorGroups);
  });

  it.each([
    [
      'an alias to no anchor',
      'hosting: on-premise\nexclude: *nowhere\n',
      [2, 10, 2, 18],
      'invalid config: alias *nowhere refers to no anchor: define &nowhere before it',
    ],
    [
      'an alias before its anchor',
      'include: *later\nexclude: &later [x]\n',
      [1, 10, 1, 16],
      'invalid config: alias *later refers to no anchor: define &later before it',
    ],
    [
      'an alias inside the node it names',
      'instances:\n  prod: &p\n    paths: [*p]\n',
      [3, 13, 3, 15],
      'invalid config: alias *p refers to the node that contains it (a cycle)',
    ],
    [
      'a billion laughs (9 levels of 9)',
      laughs(9, 9),
      [5, 35, 5, 38],
      expect.stringMatching(/^invalid config: aliases expand the document to more than 10000 nodes/),
    ],
    [
      '10001 aliases of one scalar',
      `x: &x 1\nexclude: [${Array(MAX_EXPANDED_NODES + 1)
        .fill('*x')
        .join(',')}]\n`,
      [2, 11 + 3 * MAX_EXPANDED_NODES, 2, 13 + 3 * MAX_EXPANDED_NODES],
      expect.stringMatching(/more than 10000 nodes/),
    ],
  ])('%s is one problem at the alias', (_what, text, [line, column, endLine, endColumn], message) => {
    const { problems } = parseConfig(text, FILE);
    expect(problems).toEqual([{ message, loc: { file: FILE, line, column, endLine, endColumn } }]);
  });

  it('a bomb of 400 levels (sizes beyond any number) is found at its first level that passes the limit', () => {
    const { problems } = parseConfig(laughs(400, 9), FILE);
    expect(problems.map((p) => p.loc.line)).toEqual([5]);
  });

  it('property: a problem exactly when the aliases add more than 10000 nodes, located at an alias', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), (levels, width) => {
        const text = laughs(levels, width);
        const problem = aliasProblem(parseDocument(text));
        expect(problem !== undefined).toBe(laughsExpansion(levels, width) > MAX_EXPANDED_NODES);
        const { problems } = parseConfig(text, FILE);
        // A document within the limit is still rejected by the schema (unknown keys a0, a1, …), never by its aliases.
        expect(problems.length).toBeGreaterThan(0);
        if (problem) {
          expect(problems).toHaveLength(1);
          expect(textAt(text, problems[0].loc.line, problems[0].loc.column)).toMatch(/^\*a\d+/);
        } else expect(problems.every((p) => !p.message.includes('alias'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
