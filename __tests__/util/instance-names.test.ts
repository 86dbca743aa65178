// The one list of instance-name classes (src/util/instance-names.ts): which names say production, which a
// non-production kind, which folder names name an instance, and the docs that list them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/types.js';
import { InstanceResolver } from '../../src/model/instances.js';
import { productionInstances } from '../../src/rules/util/instances.js';
import { INSTANCE_NAMES, isNonProductionName, isProductionName, nameTokens, synonymsOf } from '../../src/util/instance-names.js';

describe('isProductionName / isNonProductionName', () => {
  // [name, production, non-production]
  const cases: [string, boolean, boolean][] = [
    ['prod', true, false],
    ['PRD', true, false],
    ['live', true, false],
    ['production', true, false],
    ['prod-eu', true, false],
    ['campaign_live', true, false],
    ['emea.prd', true, false],
    ['preprod', false, true],
    ['pre-prod', false, true],
    ['emea_Pre_Prod', false, true],
    ['preproduction', false, true],
    ['stg', false, true],
    ['emea-staging', false, true],
    ['tst', false, true],
    ['int', false, true],
    ['sandbox2', false, false],
    ['products', false, false],
    ['emea', false, false],
    ['default', false, false],
  ];

  it.each(cases)('%s: production %s, non-production %s', (name, production, nonProduction) => {
    expect([isProductionName(name), isNonProductionName(name)]).toEqual([production, nonProduction]);
  });

  it('reads a compound class name as one token', () => {
    expect(nameTokens('EMEA-pre-prod_2')).toEqual(['emea', 'preprod', '2']);
    expect(nameTokens('campaign_prod-eu')).toEqual(['campaign', 'prod', 'eu']);
  });

  it('gives the synonyms of a class name, and a name of no class alone', () => {
    expect(synonymsOf('STG')).toEqual(['stage', 'staging', 'stg']);
    expect(synonymsOf('Live')).toEqual(['prod', 'production', 'prd', 'live']);
    expect(synonymsOf('Emea')).toEqual(['emea']);
  });
});

describe('productionInstances (IMS003) and the folder names of the model agree on the list', () => {
  // [instance names, the production ones]
  const cases: [string[], string[]][] = [
    [['prd', 'stg'], ['prd']],
    [['live', 'staging'], ['live']],
    [['emea', 'emea-stg', 'emea-tst'], ['emea']],
    [['emea', 'emea-pre-prod'], ['emea']],
    [['emea', 'apac'], []],
    [['emea'], []],
  ];

  it.each(cases)('%j: production %j', (names, production) => {
    expect([...productionInstances(names)]).toEqual(production);
  });

  it.each(INSTANCE_NAMES.map((name) => [name]))('a folder named %s names its instance', (name) => {
    const resolver = new InstanceResolver(defaultConfig());
    expect(resolver.resolve(`campaign/${name.toUpperCase()}/packages/ims.xml`)).toEqual({ instance: name.toUpperCase(), by: 'folder' });
  });

  it('a folder of no class names no instance', () => {
    expect(new InstanceResolver(defaultConfig()).resolve('campaign/emea/packages/ims.xml')).toEqual({ instance: undefined, by: 'none' });
  });
});

describe('the docs', () => {
  const list = INSTANCE_NAMES.map((name) => `\`${name}\``);
  const listed = `${list.slice(0, -1).join(', ')} or ${list.at(-1)}`;

  it.each([['README.md'], ['docs/config.md']])('%s lists the folder names that name an instance, in order', (file) => {
    const text = readFileSync(join(process.cwd(), file), 'utf8').replace(/\s*\n\s*/g, ' ');
    expect(text).toContain(listed);
  });
});
