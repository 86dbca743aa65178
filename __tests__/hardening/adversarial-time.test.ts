// Hardening (issue 10, "bounded time on any input"): every function that takes text from a file or the config
// runs on the worst input we could think of for it, at 10 KB and at 1 MB, and its time must grow about linearly:
// the ratio of the two times (each the best of three runs) stays under 400 for 100 times the input. A ratio, not
// an absolute timing: a quadratic function gives about 10,000, a loaded machine slows both sizes alike. Not smaller:
// a 5 KB input stays in the CPU caches and runs unusually fast, and linear readers then show ratios near 400.
//
// Not covered here: the redaction of stylish code frames (src/report/redact.ts), rewritten in another branch.
import { describe, expect, it } from 'vitest';
import { readFile } from '../../src/read/index.js';
import { checkPrefix, parseMask } from '../../src/rules/util/mask.js';
import { NearMissIndex } from '../../src/rules/util/near-miss-index.js';
import { redirectPattern } from '../../src/rules/util/redirect-pattern.js';
import { nearPrefix } from '../../src/rules/util/suggest.js';
import { hostHasToken, parseUrl, patternCandidates } from '../../src/rules/util/url.js';
import { cleanWhitespace, strayWhitespace } from '../../src/rules/util/whitespace.js';
import { boundedDistance } from '../../src/rules/util/edit-distance.js';
import { parseConfig } from '../../src/config/load.js';
import { compileGlob } from '../../src/util/glob.js';
import { scan } from '../../src/pipeline.js';
import { writeRepo } from '../helpers/repo.js';
import { timeRatio } from '../helpers/timing.js';
import { FOOTER, HEADER } from '../helpers/campaign.js';
import type { FileKind } from '../../src/types.js';

const SMALL = 10_000;
const LARGE = 1_000_000;
const MAX_RATIO = 400;

/** `text` repeated to `size` characters (cut at the end). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

interface Case {
  name: string;
  /** The adversarial input of about `size` characters. */
  make(size: number): unknown;
  run(input: never): unknown;
}

/** Asserts near-linear growth of `run` from SMALL to LARGE inputs. */
function expectLinear(testCase: Case): void {
  const ratio = timeRatio(testCase.run as (input: unknown) => unknown, testCase.make(SMALL), testCase.make(LARGE), MAX_RATIO);
  expect(ratio, `${testCase.name}: 1 MB takes ${ratio.toFixed(0)} times as long as 10 KB`).toBeLessThan(MAX_RATIO);
}

const cases = (list: Case[]): [string, Case][] => list.map((testCase) => [testCase.name, testCase]);

describe('URL parsing and redirect URI patterns', () => {
  it.each(
    cases([
      // The former single regex backtracked quadratically on an inner space (300 KB: 81 s).
      {
        name: 'parseUrl: a callback with an inner space',
        make: (n) => `https://${fill('a', n)} x`,
        run: (value: string) => parseUrl(value),
      },
      { name: 'parseUrl: a run of colons and digits', make: (n) => `https://${fill(':1', n)}x/`, run: (value: string) => parseUrl(value) },
      { name: 'parseUrl: an unclosed IPv6 literal', make: (n) => `https://[${fill('::', n)}:1`, run: (value: string) => parseUrl(value) },
      { name: 'parseUrl: a run of @', make: (n) => `https://${fill('a@', n)}:1/`, run: (value: string) => parseUrl(value) },
      {
        name: 'redirect pattern: 200 wildcards against a host that nearly matches them all',
        make: (n) => ({ matches: matcher(`https://${'.*a'.repeat(200)}\\.b`), url: `https://${fill('a', n)}.c` }),
        run: ({ matches, url }: { matches: (url: string) => boolean; url: string }) => matches(url),
      },
      {
        name: 'redirect pattern: host wildcards against a host full of dots and slashes',
        make: (n) => ({ matches: matcher(`https://${'*.x'.repeat(100)}.example.com/*`), url: `https://${fill('a.x', n)}/x` }),
        run: ({ matches, url }: { matches: (url: string) => boolean; url: string }) => matches(url),
      },
      {
        name: 'redirect pattern: compiling a huge regex-style entry',
        make: (n) => `https://${fill('(a+)+\\.', n)}.*`,
        run: (entry: string) => redirectPattern(entry),
      },
      // A fresh (unflattened) string each run, so that no hash or flattening is cached between runs.
      {
        name: 'redirect pattern: the candidates of a long URL',
        make: (n) => `https://${fill('a', n)}/x`,
        run: (raw: string) => patternCandidates(parseUrl(` ${raw}`)!),
      },
      {
        name: 'hostHasToken: a host that almost names the instance everywhere',
        make: (n) => fill('prodx', n),
        run: (host: string) => hostHasToken(host, 'prod'),
      },
    ]),
  )('%s', (_name, testCase) => expectLinear(testCase));
});

/** The matcher of a redirect URI entry that must be a supported pattern. */
function matcher(entry: string): (url: string) => boolean {
  const pattern = redirectPattern(entry);
  if (pattern.kind !== 'pattern') throw new Error(`${entry}: ${pattern.kind}`);
  return pattern.matches;
}

/** `text` with its first and last characters changed: near misses that a common prefix or suffix cannot shortcut. */
const bothEnds = (text: string, a: string, b: string): string => `${a}${text.slice(1, -1)}${b}`;

describe('near-miss suggestions and masks', () => {
  it.each(
    cases([
      {
        name: 'boundedDistance: two long strings differing at both ends',
        make: (n) => fill('ab', n),
        run: (text: string) => boundedDistance(text, bothEnds(text, 'x', 'y'), 2),
      },
      {
        name: 'nearPrefix: a 1 MB mask prefix against names that nearly spell it',
        make: (n) => {
          const prefix = `Campaign - ${fill('ab', n)}`;
          return { prefix, names: [bothEnds(prefix, 'x', 'y'), bothEnds(prefix, 'c', 'd'), `${prefix.toUpperCase()} - delivery`] };
        },
        run: ({ prefix, names }: { prefix: string; names: string[] }) => nearPrefix(prefix, names),
      },
      {
        name: 'checkPrefix: a mask prefix that starts no name',
        make: (n) => {
          const prefix = `Campaign - ${fill('ab ', n)}`;
          return { prefix, names: [bothEnds(prefix, 'x', 'y'), `${prefix.slice(0, -3)} - x`] };
        },
        run: ({ prefix, names }: { prefix: string; names: string[] }) => checkPrefix(prefix, names),
      },
      {
        // A quarter of the size (2.5 KB vs 250 KB, still 100x): three 1 MB names took a second per run, and the
        // ratio is the same at both sizes (about 70-80).
        name: 'NearMissIndex: group names and a query of near-miss characters',
        make: (n) => {
          const base = fill('ab', n / 4);
          return {
            index: new NearMissIndex([bothEnds(base, 'x', 'y'), bothEnds(base, 'b', 'a'), base.toUpperCase()], (name) => name),
            query: bothEnds(base, 'y', 'x'),
          };
        },
        run: ({ index, query }: { index: NearMissIndex<string>; query: string }) => [index.nearestLevel(query), index.within(query, 2)],
      },
      {
        name: 'NearMissIndex: building and querying many siblings',
        make: (n) => ({
          names: Array.from({ length: n / 20 }, (_, i) => `operator_group_${String(i).padStart(5, '0')}`),
          query: 'operator_group_0000',
        }),
        run: ({ names, query }: { names: string[]; query: string }) => new NearMissIndex(names, (name) => name).nearestLevel(query),
      },
      {
        name: 'parseMask: a mask full of pattern fragments',
        make: (n) => `Campaign - ${fill('.*(.+', n)}x`,
        run: (mask: string) => parseMask(mask),
      },
      {
        name: 'strayWhitespace: mixed white space everywhere',
        make: (n) => fill(' \t\u00a0a  \u200b', n),
        run: (text: string) => strayWhitespace(text),
      },
      {
        name: 'cleanWhitespace: mixed white space everywhere',
        make: (n) => fill(' \t\u00a0a  \u200b', n),
        run: (text: string) => cleanWhitespace(text),
      },
    ]),
  )('%s', (_name, testCase) => expectLinear(testCase));
});

describe('config globs', () => {
  it.each(
    cases([
      // picomatch's regex for this glob took 36 s on a 200-character name.
      {
        name: 'matching **/*a*a…*b against a long name of a',
        make: (n) => ({ match: compiled(`**/${'*a'.repeat(20)}*b`), path: `x/${fill('a', n)}` }),
        run: ({ match, path }: { match: (path: string) => boolean; path: string }) => match(path),
      },
      {
        name: 'matching nested globstars against a deep path',
        make: (n) => ({ match: compiled('**/a/**/a/**/a/**/b'), path: `${fill('a/', n)}c` }),
        run: ({ match, path }: { match: (path: string) => boolean; path: string }) => match(path),
      },
      {
        name: 'matching classes and braces against a long name',
        make: (n) => ({ match: compiled(`{x,y,z}/${'[a-c]*'.repeat(10)}{.xml,.csv}`), path: `x/${fill('abc', n)}.xm` }),
        run: ({ match, path }: { match: (path: string) => boolean; path: string }) => match(path),
      },
      // Refused by its length before any parsing: without the cap, unclosed braces cost a scan each.
      { name: 'refusing a huge glob of unclosed braces and stars', make: (n) => fill('{*a', n), run: (glob: string) => compileGlob(glob) },
      {
        name: 'loading a config with a huge glob',
        make: (n) => `include: ["${fill('*a', n)}"]\n`,
        run: (text: string) => parseConfig(text, 'c.yml'),
      },
    ]),
  )('%s', (_name, testCase) => expectLinear(testCase));
});

function compiled(glob: string): (path: string) => boolean {
  const result = compileGlob(glob);
  if (!result.ok) throw new Error(result.reason);
  return result.match;
}

/** A reader case: the file as bytes, read as `kind`. */
function reader(name: string, file: string, kind: FileKind, make: (size: number) => string): Case {
  return { name, make: (n) => Buffer.from(make(n)), run: (bytes: Buffer) => readFile(file, bytes, kind) };
}

const account = (attributes: string): string =>
  `${HEADER}\n    <extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" ${attributes}/>\n${FOOTER}`;

describe('readers', () => {
  it.each(
    cases([
      reader('campaign package: a callback server of inner spaces and entities', 'p.xml', 'campaign-xml', (n) =>
        account(`imsCallbackServer="https://x/${fill(' a&amp;&#x20;', n)}"`),
      ),
      reader('campaign package: thousands of attributes', 'p.xml', 'campaign-xml', (n) => account(fill('imsScope = "a b" ', n))),
      reader(
        'campaign package: many accounts',
        'p.xml',
        'campaign-xml',
        (n) =>
          `${HEADER}\n${fill('<extAccount name="Adobe_Marketing_Cloud" imsServer="http://x" imsCallbackServer="https://a b"/>\n', n)}${FOOTER}`,
      ),
      reader('campaign package: comments and suppressions everywhere', 'p.xml', 'campaign-xml', (n) =>
        account(`x="1"/>\n${fill('<!-- ims-gate-disable-next-line IMS007 -- -- x -->\n', n)}<y a="1"`),
      ),
      reader(
        'server conf: an ims element with a long, spaced attribute',
        'config-prod.xml',
        'server-conf',
        (n) => `<serverconf><shared><ims clientId="${fill('a ', n)}"/></shared><web><redirection IMSOrgId="x"/></web></serverconf>`,
      ),
      reader(
        'manifest YAML: redirect URIs with inner spaces',
        'm.yml',
        'ims-manifest',
        (n) => `kind: ims-provisioning\nclientId: x\nredirectUris:\n${fill("  - 'https://a b.example.com/.*'\n", n)}`,
      ),
      reader(
        'manifest YAML: one long scalar of near-comments',
        'm.yml',
        'ims-manifest',
        (n) => `kind: ims-provisioning\nclientId: "${fill(' # a', n)}"\n`,
      ),
      reader(
        'manifest JSON: redirect URIs with inner spaces',
        'm.json',
        'ims-manifest',
        (n) => `{"kind": "ims-provisioning", "clientId": "x", "redirectUris": [${fill('"https://a b/.*", ', n)}"x"]}`,
      ),
      // yaml's own duplicate-key check compared each key with every earlier one: 40 K keys in one map took 13 to 20 s.
      reader(
        'manifest JSON: minified, thousands of secret-named keys in one map, and a schema error',
        'm.json',
        'ims-manifest',
        (n) =>
          `{"kind":"ims-provisioning","instance":"prod","clientId":"x","x-v":{${Array.from({ length: Math.round(n / 25) }, (_, i) => `"clientSecret${i}":"v${i}"`).join(',')}},"scopes":42}\n`,
      ),
      reader(
        'manifest YAML: thousands of secret-named block keys in one map, and a schema error',
        'm.yml',
        'ims-manifest',
        (n) =>
          `kind: ims-provisioning\ninstance: prod\nclientId: x\nx-v:\n${Array.from({ length: Math.round(n / 30) }, (_, i) => `  clientSecret${i}: value-${i}\n`).join('')}scopes: 42\n`,
      ),
      reader(
        'CSV: one cell of escaped quotes and separators',
        'u.csv',
        'admin-console-csv',
        (n) => `Username,Product Configurations\nx,"${fill('"",; ', n)}"\n`,
      ),
      reader(
        'CSV: many rows of near-miss group names',
        'u.csv',
        'admin-console-csv',
        (n) => `sep=;\nUsername;User Groups\n${fill('u;"Campaign - prod - delivry,Campaign - prod -  admin"\n', n)}`,
      ),
    ]),
  )('%s', (_name, testCase) => expectLinear(testCase));
});

describe('the whole scan', () => {
  it('stays near linear on a repository of adversarial values', { timeout: 240_000 }, async () => {
    const repo = (n: number): string =>
      writeRepo({
        '.github/ims-gate.yml':
          'instances:\n  prod:\n    url: https://prod.example.com\n    paths: ["prod/**"]\nenterpriseDashboard: users.csv\n',
        'prod/ims.xml': account(
          `imsServer="https://ims-na1.adobelogin.com" imsCallbackServer="http://prod.example.com/${fill('a/', n / 4)}" imsAssociationMask="Campaign - ${fill('ab', n / 4)} - (.*)" imsClientId="x" imsScope="openid"`,
        ),
        'prod/ims/manifest.yml': `kind: ims-provisioning\ninstance: prod\nclientId: x\nredirectUris:\n  - 'https://${'.*a'.repeat(200)}\\.b'\n  - 'https://*.example.com/*'\n`,
        'users.csv': `Username,User Groups\nu,"Campaign - ${bothEnds(fill('ab', n / 4), 'x', 'y')} - delivery"\n`,
      });
    const small = repo(SMALL);
    const large = repo(LARGE);
    const run = async (root: string): Promise<number> => {
      const start = performance.now();
      const { report } = await scan({ root, failOn: 'error' });
      // The callback was parsed and tried on every allowlist pattern: only its scheme is wrong.
      const callback = report.findings.filter((f) => f.ruleId === 'IMS007');
      expect(callback.map((f) => f.message.includes('it must start with https://') && !f.message.includes('allowlist'))).toEqual([true]);
      return performance.now() - start;
    };
    await run(small);
    const best = async (root: string): Promise<number> => Math.min(await run(root), await run(root), await run(root));
    const ratio = (await best(large)) / (await best(small));
    expect(ratio, `a 1 MB repository takes ${ratio.toFixed(0)} times as long as a 10 KB one`).toBeLessThan(MAX_RATIO);
  });

  it('stays near linear on thousands of callback records against a long allowlist', { timeout: 240_000 }, async () => {
    // Each callback was compared with every entry and searched among every other callback: 4,000 records took 50 s.
    const repo = (n: number): string => {
      const count = Math.round(n / 400);
      const records = Array.from(
        { length: count },
        (_, i) =>
          `<extAccount name="Adobe_Marketing_Cloud" type="Adobe Marketing Cloud" imsServer="https://ims-na1.adobelogin.com" imsCallbackServer="https://h${i}.example.com"/>`,
      ).join('\n');
      const entries = Array.from(
        { length: count },
        (_, i) => `  - 'https://h${i}.example.com'\n  - 'https://h${i}\\.example\\.org/.*'\n`,
      ).join('');
      return writeRepo({
        '.github/ims-gate.yml': 'instances:\n  prod:\n    paths: ["prod/**"]\n  stage:\n    paths: ["stage/**"]\n',
        'prod/ims.xml': `${HEADER}\n${records}\n${FOOTER}`,
        'stage/ims.xml': `${HEADER}\n${records}\n${FOOTER}`,
        'prod/ims/manifest.yml': `kind: ims-provisioning\ninstance: prod\nclientId: x\nredirectUris:\n${entries}`,
      });
    };
    const small = repo(SMALL);
    const large = repo(LARGE);
    const run = async (root: string): Promise<number> => {
      const start = performance.now();
      const { report } = await scan({ root, failOn: 'error', onlyRules: ['IMS007'] });
      // Every stage record calls back to a prod callback; prod's own are all on its allowlist.
      expect(report.findings.length).toBeGreaterThan(0);
      expect(
        report.findings.filter((f) => f.file !== 'stage/ims.xml' && !f.message.includes('callback server of instance "stage"')),
      ).toEqual([]);
      return performance.now() - start;
    };
    await run(small);
    const best = async (root: string): Promise<number> => Math.min(await run(root), await run(root), await run(root));
    const ratio = (await best(large)) / (await best(small));
    expect(ratio, `a 1 MB repository takes ${ratio.toFixed(0)} times as long as a 10 KB one`).toBeLessThan(MAX_RATIO);
  });
});
