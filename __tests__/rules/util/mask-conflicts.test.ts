// maskConflicts on hand-built models: properties over generated instance names and mask prefixes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskConflicts } from '../../../src/rules/util/mask-conflicts.js';
import type { DashboardExport, Instance, Located, Model } from '../../../src/types.js';

const at = <T>(value: T): Located<T> => ({ value, loc: { file: 'x.xml', line: 1, column: 1, endLine: 1, endColumn: 1 } });

function instance(name: string, mask: string, dashboards: DashboardExport[]): Instance {
  return {
    name,
    accounts: [
      {
        instance: name,
        file: `${name}/ims.xml`,
        loc: { file: `${name}/ims.xml`, line: 1, column: 1, endLine: 1, endColumn: 1 },
        fields: { internalName: at('Adobe_Marketing_Cloud'), associationMask: at(mask) },
        attrs: {},
      },
    ],
    groups: [],
    serverConfs: [],
    manifests: [],
    dashboards,
    files: [`${name}/ims.xml`],
    unreadable: [],
  };
}

function model(masks: [name: string, mask: string][], profiles: string[]): Model {
  const exported: DashboardExport = {
    file: 'users.csv',
    users: [{ loc: { file: 'users.csv', line: 2, column: 1, endLine: 2, endColumn: 1 }, groups: profiles.map(at) }],
  };
  return {
    instances: masks.map(([name, mask]) => instance(name, mask, [exported])),
    fallbackInstance: 'default',
    dashboards: [exported],
    suppressions: [],
    problems: [],
  };
}

const config = { instances: {} };
const word = fc.stringMatching(/^[a-z]{2,8}$/);
const GROUPS = ['delivery', 'admin', 'marketing'];

describe('maskConflicts', () => {
  it('property: instances with masks of their own families (no prefix starts another) never conflict', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 5 }), (families) => {
        const masks = families.map((family, i): [string, string] => [`i${i}`, `Campaign - ${family} - (.*)`]);
        const profiles = families.flatMap((family) => GROUPS.map((group) => `Campaign - ${family} - ${group}`));
        expect([...maskConflicts(model(masks, profiles), config).keys()]).toEqual([]);
      }),
    );
  });

  it('property: a second instance with the same prefix always conflicts, naming the other instance', () => {
    fc.assert(
      fc.property(word, fc.constantFrom('(.*)', '(.+)', '(.*?)', '.*'), (family, group) => {
        const masks: [string, string][] = [
          ['prod', `Campaign - ${family} - (.*)`],
          ['stage', `Campaign - ${family} - ${group}`],
        ];
        const conflicts = maskConflicts(model(masks, [`Campaign - ${family} - delivery`]), config);
        expect(conflicts.get('stage')?.others).toEqual(['prod']);
        expect(conflicts.has('prod')).toBe(false);
      }),
    );
  });

  it('property: the same mask with an uncovered family that names one instance reports that instance only', () => {
    fc.assert(
      fc.property(word, fc.constantFrom('dev', 'qa', 'uat', 'test'), fc.constantFrom('demo', 'training'), (family, a, b) => {
        const masks: [string, string][] = [
          [a, `Campaign - ${family} - (.*)`],
          [b, `Campaign - ${family} - (.*)`],
        ];
        const profiles = [`Campaign - ${family} - delivery`, `Campaign - ${family}-${a} - delivery`];
        const conflicts = maskConflicts(model(masks, profiles), config);
        expect([...conflicts.keys()]).toEqual([a]);
        expect(conflicts.get(a)?.uncovered).toEqual({
          name: `Campaign - ${family}-${a} - delivery`,
          prefix: `Campaign - ${family}-${a} - `,
        });
      }),
    );
  });

  it('a regular-expression mask conflicts only with the very same one; a blank mask with none', () => {
    const masks: [string, string][] = [
      ['prod', 'Campaign - acme(-eu)? - (.*)'],
      ['stage', 'Campaign - acme(-stage)? - (.*)'],
      ['dev', '   '],
      ['test', '   '],
    ];
    expect(maskConflicts(model(masks, ['Campaign - acme - delivery']), config).size).toBe(0);
    const same = maskConflicts(model([...masks, ['qa', 'Campaign - acme(-stage)? - (.*)']], ['Campaign - acme - delivery']), config);
    expect([...same.keys()].sort()).toEqual(['qa', 'stage']);
    expect(same.get('qa')).toMatchObject({ kind: 'same-prefix', others: ['stage'] });
  });
});
