// The layering of src/ (scripts/layers.mjs, run by `npm run lint`): the repository follows it, and the checker
// catches what it promises to catch: a backward import, a sibling import, a type-only one, an import circle
// between files or folders, a file in no layer, and an allowlisted exception that no longer occurs.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers, componentOf, importsOf, KNOWN_EXCEPTIONS, LAYERS, sourceFiles, type Component } from '../../scripts/layers.mjs';

const root = process.cwd();
const script = join(root, 'scripts', 'layers.mjs');
const repository = sourceFiles(root);

/** The repository's sources with `line` appended to `file` (which must exist, so the line number is known). */
function planted(file: string, line: string): { files: Map<string, string>; line: number } {
  const files = new Map(repository);
  const source = files.get(file);
  if (source === undefined) throw new Error(`no ${file} in src/`);
  const text = source.endsWith('\n') ? source : `${source}\n`;
  files.set(file, `${text}${line}\n`);
  return { files, line: text.split('\n').length };
}

describe('the repository', () => {
  it('follows the layer order, with no import circle', () => {
    expect(checkLayers(repository)).toEqual([]);
  });

  it('puts every source file in a layer', () => {
    expect([...repository.keys()].filter((file) => !componentOf(file))).toEqual([]);
  });

  it('passes `node scripts/layers.mjs`, exit 0', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('layers: every import follows the layer order; no import circles\n');
    expect(run.status).toBe(0);
  });

  it('is run by `npm run lint`', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.lint).toMatch(/&& node scripts\/layers\.mjs$/);
  });

  it("documents the same order in README's Development section", () => {
    const chain = LAYERS.map((layer) => layer.map((component) => `\`${component.name}\``).join(' | ')).join(' → ');
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(chain);
  });

  it('has no exception to the layer order left', () => {
    expect(KNOWN_EXCEPTIONS.length).toBe(0);
    for (const { from, to } of KNOWN_EXCEPTIONS) expect([repository.has(from), repository.has(to)]).toEqual([true, true]);
  });
});

describe('a planted import', () => {
  // [file, planted line, expected problem (after "<file>:<line>: ")]
  const cases: [string, string, string][] = [
    ['src/read/index.ts', "import { rules } from '../rules/index.js';", "read imports '../rules/index.js' (rules, a later layer)"],
    ['src/discover/load.ts', "import { sniffKind } from '../read/sniff.js';", "discover imports '../read/sniff.js' (read, a later layer)"],
    ['src/config/load.ts', "import { decodeBytes } from '../read/text.js';", "config imports '../read/text.js' (read, a later layer)"],
    ['src/model/build.ts', "import type { Rule } from '../rules/types.js';", "model imports '../rules/types.js' (rules, a later layer)"],
    ['src/util/paths.ts', "export { loadConfig } from '../config/load.js';", "util imports '../config/load.js' (config, a later layer)"],
    ['src/util/paths.ts', "export * from '../policy/rules.js';", "util imports '../policy/rules.js' (policy, a later layer)"],
    ['src/types.ts', "import type { Config } from './config/types.js';", "types imports './config/types.js' (config, a later layer)"],
    [
      'src/restart/index.ts',
      "import { rules } from '../rules/index.js';",
      "restart imports '../rules/index.js' (rules, a sibling on the same layer)",
    ],
    [
      'src/rules/client-id.ts',
      "import { detectRestart } from '../restart/index.js';",
      "rules imports '../restart/index.js' (restart, a sibling on the same layer)",
    ],
    ['src/cli/paths.ts', "import { run } from '../main.js';", "cli imports '../main.js' (main, a sibling on the same layer)"],
    ['src/main.ts', "import { runCli } from './cli/run.js';", "main imports './cli/run.js' (cli, a sibling on the same layer)"],
    ['src/pipeline.ts', "import { formatJson } from './report/json.js';", "pipeline imports './report/json.js' (report, a later layer)"],
    [
      'src/inputs.ts',
      "import { CHECK_OUTPUT_LIMIT } from './report/checks-api.js';",
      "action imports './report/checks-api.js' (report, a later layer)",
    ],
    ['src/gate/gate.ts', "const pipeline = await import('../pipeline.js');", "gate imports '../pipeline.js' (pipeline, a later layer)"],
    ['src/report/json.ts', "import { run } from '../main.js';", "report imports '../main.js' (main, a later layer)"],
  ];

  it.each(cases)('in %s: %s', (file, line, expected) => {
    const { files, line: at } = planted(file, line);
    expect(checkLayers(files)).toContain(`${file}:${at}: ${expected}; see the layers in scripts/layers.mjs`);
  });

  it('spread over several lines is found, at the line of its specifier', () => {
    const { files, line } = planted('src/read/index.ts', "import {\n  rules,\n} from '../rules/index.js';");
    expect(checkLayers(files)).toContain(
      `src/read/index.ts:${line + 2}: read imports '../rules/index.js' (rules, a later layer); see the layers in scripts/layers.mjs`,
    );
  });

  it('forward, or of a package, is no problem', () => {
    const { files } = planted('src/rules/client-id.ts', "import { loadConfig } from '../config/load.js';\nimport { parse } from 'yaml';");
    expect(checkLayers(files)).toEqual([]);
  });

  it('that closes a circle between two files of one folder is reported, with the circle', () => {
    const { files } = planted('src/util/loc.ts', "import { toPosix } from './paths.js';");
    files.set('src/util/paths.ts', `${files.get('src/util/paths.ts')}\nimport { fileLoc } from './loc.js';\n`);
    expect(checkLayers(files)).toContain('import circle between files: src/util/loc.ts → src/util/paths.ts → src/util/loc.ts');
  });

  it('of a file by itself is a circle', () => {
    const { files } = planted('src/util/loc.ts', "import { fileLoc } from './loc.js';");
    expect(checkLayers(files)).toContain('import circle between files: src/util/loc.ts → src/util/loc.ts');
  });

  it('that names no file of src/ is reported', () => {
    const { files, line } = planted('src/util/loc.ts', "import { gone } from './gone.js';");
    expect(checkLayers(files)).toEqual([`src/util/loc.ts:${line}: imports './gone.js', which is no file under src/`]);
  });
});

describe('the checker', () => {
  const oneLayer: Component[][] = [[{ name: 'all', paths: ['src/'] }]];

  it('reports a circle between folders made of different files, naming an import for each step', () => {
    const files = new Map([
      ['src/a/one.ts', "import { two } from '../b/two.js';"],
      ['src/b/two.ts', "export const two = 2;\nimport { three } from '../a/three.js';"],
      ['src/a/three.ts', 'export const three = 3;'],
    ]);
    expect(checkLayers(files, { layers: oneLayer, exceptions: [] })).toEqual([
      'import circle between folders: src/a → src/b (src/a/one.ts:1), src/b → src/a (src/b/two.ts:2)',
    ]);
  });

  it('names the members of a circle that its shortest path leaves out', () => {
    const files = new Map([
      ['src/a/x.ts', "import '../b/x.js';\nimport '../c/x.js';"],
      ['src/b/x.ts', "import '../a/y.js';"],
      ['src/c/x.ts', "import '../b/y.js';"],
      ['src/a/y.ts', ''],
      ['src/b/y.ts', ''],
    ]);
    expect(checkLayers(files, { layers: oneLayer, exceptions: [] })).toEqual([
      'import circle between folders: src/a → src/b (src/a/x.ts:1), src/b → src/a (src/b/x.ts:1); the circle also takes in src/c',
    ]);
  });

  it('counts a file directly in src/ as its own folder, so entries and types.ts make no circle through src/', () => {
    const files = new Map([
      ['src/types.ts', 'export type T = 1;'],
      ['src/main.ts', "import type { T } from './types.js';\nimport { u } from './util/u.js';"],
      ['src/util/u.ts', "import type { T } from '../types.js';\nexport const u = 1;"],
    ]);
    expect(checkLayers(files, { exceptions: [] })).toEqual([]);
  });

  it('reports a file that belongs to no layer', () => {
    const files = new Map([['src/plugins/x.ts', 'export const x = 1;']]);
    expect(checkLayers(files, { exceptions: [] })).toEqual([
      'src/plugins/x.ts: belongs to no layer; add its folder to LAYERS in scripts/layers.mjs',
    ]);
  });

  it('lets an allowlisted exception pass, and reports one that no longer occurs', () => {
    const files = new Map([
      ['src/read/r.ts', "import { m } from '../model/m.js';"],
      ['src/model/m.ts', 'export const m = 1;'],
    ]);
    expect(checkLayers(files, { exceptions: [{ from: 'src/read/r.ts', to: 'src/model/m.ts' }] })).toEqual([]);
    expect(checkLayers(files, { exceptions: [{ from: 'src/read/r.ts', to: 'src/model/gone.ts' }] })).toEqual([
      "src/read/r.ts:1: read imports '../model/m.js' (model, a later layer); see the layers in scripts/layers.mjs",
      'scripts/layers.mjs: known exception src/read/r.ts → src/model/gone.ts no longer occurs; remove it from KNOWN_EXCEPTIONS',
    ]);
  });

  it('finds every form of import, type-only ones included, and skips comments that mention one', () => {
    const source = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import { type C, d } from './c.js';",
      "import './side-effect.js';",
      "export { e } from './e.js';",
      "export type { F } from './f.js';",
      "export * as g from './g.js';",
      "const h = await import('./h.js');",
      "type I = import('./i.js').I;",
      '// import x from "./commented.js" is not at the start of a line',
      ' * import y from "./doc-comment.js"',
    ].join('\n');
    expect(importsOf(source)).toEqual(
      ['./a.js', './b.js', './c.js', './side-effect.js', './e.js', './f.js', './g.js', './h.js', './i.js'].map((specifier, index) => ({
        specifier,
        line: index + 1,
      })),
    );
  });
});

describe('`node scripts/layers.mjs` on a copy of the repository', () => {
  const copy = mkdtempSync(join(tmpdir(), 'ims-gate-layers-'));
  cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('exits 1 on a planted backward import, and says where it is', () => {
    const file = join(copy, 'src', 'read', 'index.ts');
    const lines = readFileSync(file, 'utf8').split('\n').length;
    appendFileSync(file, "import { buildModel } from '../model/build.js';\n");
    const run = spawnSync(process.execPath, [script, copy], { encoding: 'utf8' });
    expect(run.stderr).toBe(
      `src/read/index.ts:${lines}: read imports '../model/build.js' (model, a later layer); see the layers in scripts/layers.mjs\nlayers: 1 problem\n`,
    );
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
  });
});
