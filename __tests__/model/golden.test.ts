// Golden model tests, in the actionlint way: each folder under __tests__/fixtures/model/ holds an input tree
// (tree/) and the model expected from it (expected.json), with values and exact positions.
// UPDATE_GOLDEN=1 rewrites expected.json; review the diff by hand before committing it.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { buildModel } from '../../src/model/build.js';
import { readAll } from '../../src/pipeline.js';
import type { Loc, Located, Model } from '../../src/types.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'model');

const at = (loc: Loc) => `${loc.file}:${loc.line}:${loc.column}-${loc.endLine}:${loc.endColumn}`;
const located = (value: Located<string> | undefined) => (value ? { value: value.value, at: at(value.loc) } : undefined);
const locatedMap = (attrs: Record<string, Located<string>> | undefined) =>
  attrs ? Object.fromEntries(Object.entries(attrs).map(([name, value]) => [name, located(value)])) : undefined;

/** The model as plain data: every value with its place, in a stable order. */
function project(model: Model) {
  return {
    fallbackInstance: model.fallbackInstance,
    problems: model.problems.map((problem) => ({ message: problem.message, at: at(problem.loc) })),
    instances: model.instances.map((instance) => ({
      name: instance.name,
      url: instance.url,
      files: [...instance.files].sort(),
      accounts: instance.accounts.map((account) => ({
        at: at(account.loc),
        fields: locatedMap(account.fields as Record<string, Located<string>>),
      })),
      groups: instance.groups.map((group) => ({ name: located(group.name), label: located(group.label) })),
      serverConfs: instance.serverConfs.map((conf) => ({
        file: conf.file,
        scope: conf.scope,
        ims: locatedMap(conf.data.ims?.attrs),
        redirection: locatedMap(conf.data.redirection?.attrs),
      })),
      manifests: instance.manifests.map((manifest) => ({
        file: manifest.file,
        declaredInstance: located(manifest.declaredInstance),
        clientId: located(manifest.clientId),
        productContext: located(manifest.productContext),
        scopes: manifest.scopes?.value.map(located),
        redirectUris: manifest.redirectUris?.value.map(located),
      })),
      dashboards: instance.dashboards.map((exported) => exported.file),
    })),
    dashboards: model.dashboards.map((exported) => ({
      file: exported.file,
      instance: exported.instance,
      users: exported.users.map((user) => ({
        at: at(user.loc),
        username: user.username,
        email: user.email,
        groups: user.groups.map(located),
      })),
    })),
  };
}

for (const name of readdirSync(FIXTURES)) {
  describe(`model golden: ${name}`, () => {
    it('matches expected.json', () => {
      const root = join(FIXTURES, name, 'tree');
      const { config, problems } = loadConfig(root);
      expect(problems).toEqual([]);
      const read = readAll(root, config);
      const actual = JSON.parse(JSON.stringify(project(buildModel(read.results, config)))) as unknown;
      const expectedPath = join(FIXTURES, name, 'expected.json');
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath))
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  });
}
