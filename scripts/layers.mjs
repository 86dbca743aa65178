// The layering of src/, checked. `node scripts/layers.mjs` (run by `npm run lint`) exits 1 and lists every
// import that goes against the order below, and every import circle, between files or between folders.
//
// The pipeline runs one way, and so do the imports: a file may import from its own component and from the
// layers below it, never from a layer above it, nor from a sibling on its own layer. Lowest first:
//
//   shared vocabulary, used by every stage, importing no stage:
//     types        src/types.ts          the data every stage passes on (Located<T>, Model, Finding, Report)
//     util         src/util/             helpers with no stage knowledge (paths, git, glob, compare, plural)
//     policy       src/policy/           the packaged policy data (rule metadata, JSON schemas, version)
//   the stages, in pipeline order:
//     config       src/config/           the user's .github/ims-gate.yml
//     discover     src/discover/         which files are candidates
//     read         src/read/             files → located values
//     model        src/model/            located values → one model per Campaign instance
//     restart | rules                    siblings: both turn the model into diagnostics, neither uses the other
//     gate         src/gate/             diagnostics → findings, baseline, verdict
//     excerpt      src/excerpt/          the findings' source lines, read and redacted, for code frames
//     fix          src/fix/              the findings' fixes applied to their files' bytes: --fix, diffs, suggestions
//     pipeline     src/pipeline.ts       runs the stages, config to verdict: the scan, and its Report
//   delivery, on the Report:
//     action       src/github/, src/inputs.ts   the action's plumbing: run context, inputs, API client
//     report       src/report/           reporters: they only format, and deliver through the API client
//   entry points:
//     cli | main   src/cli/ | src/main.ts    siblings: the command line and the action, each scans and reports
//     bin          src/cli.ts, src/index.ts  the two bundle entries
//
// Type-only imports count: they couple the code as much as any other import.
// Folder circles count too (a → b → a across two folders, even through different files), as do file circles.
//
// Why a script and not Biome alone: Biome's noRestrictedImports matches the text of an import (`../model/x.js`),
// not the file it names, so a per-folder override would need a pattern for every relative depth and could not
// tell src/util/ from src/rules/util/; and noImportCycles (kept on in biome.json) skips type-only imports and
// sees no folder circles.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The layers, lowest first. A layer is a list of sibling components; a component is a list of path prefixes. */
export const LAYERS = [
  [{ name: 'types', paths: ['src/types.ts'] }],
  [{ name: 'util', paths: ['src/util/'] }],
  [{ name: 'policy', paths: ['src/policy/'] }],
  [{ name: 'config', paths: ['src/config/'] }],
  [{ name: 'discover', paths: ['src/discover/'] }],
  [{ name: 'read', paths: ['src/read/'] }],
  [{ name: 'model', paths: ['src/model/'] }],
  [
    { name: 'restart', paths: ['src/restart/'] },
    { name: 'rules', paths: ['src/rules/'] },
  ],
  [{ name: 'gate', paths: ['src/gate/'] }],
  [{ name: 'excerpt', paths: ['src/excerpt/'] }],
  [{ name: 'fix', paths: ['src/fix/'] }],
  [{ name: 'pipeline', paths: ['src/pipeline.ts'] }],
  [{ name: 'action', paths: ['src/github/', 'src/inputs.ts'] }],
  [{ name: 'report', paths: ['src/report/'] }],
  [
    { name: 'cli', paths: ['src/cli/'] },
    { name: 'main', paths: ['src/main.ts'] },
  ],
  [{ name: 'bin', paths: ['src/cli.ts', 'src/index.ts'] }],
];

/**
 * Backward imports allowed while a rewrite of their file is under way. This list only shrinks: an entry that no
 * longer matches an import is itself reported, so it cannot outlive its import. None is left.
 */
export const KNOWN_EXCEPTIONS = [];

const IMPORT_PATTERNS = [
  // import x from '…', import type { X } from '…', export { x } from '…', export * from '…' (over several lines)
  /^[ \t]*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  // import '…' (for its side effects)
  /^[ \t]*import\s*['"]([^'"]+)['"]/gm,
  // import('…'), await import('…'), and import('…') in type positions
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The module specifiers a TypeScript source imports, in order of appearance, with their line numbers. */
export function importsOf(source) {
  const found = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of source.matchAll(pattern)) {
      const at = match.index + match[0].lastIndexOf(match[1]);
      found.push({ specifier: match[1], line: source.slice(0, at).split('\n').length });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The component that owns a repository-relative path, with its layer index; undefined when none does. */
export function componentOf(file, layers = LAYERS) {
  for (const [layer, components] of layers.entries()) {
    for (const component of components) {
      if (component.paths.some((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix))) {
        return { name: component.name, layer };
      }
    }
  }
  return undefined;
}

/** The file a relative specifier names (`./x.js` → `x.ts`, `./dir` → `dir/index.ts`), among the known files. */
function resolveSpecifier(from, specifier, known) {
  const base = posix.join(posix.dirname(from), specifier);
  const stem = base.replace(/\.(?:js|mjs|cjs|ts|mts|cts)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.mts`, `${stem}/index.ts`]) {
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

/** Strongly connected components of more than one node (or one node that imports itself), each sorted. */
function circles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const members = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    if (members.length > 1 || graph.get(node)?.has(node)) found.push(members.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** One shortest path through a circle, from its first member back to it: `[a, b, a]`. */
function cyclePath(graph, members) {
  const inside = new Set(members);
  const start = members[0];
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!inside.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...members, members[0]];
}

function addEdge(graph, from, to) {
  if (!graph.has(from)) graph.set(from, new Set());
  graph.get(from).add(to);
}

/** The members of a circle that its shortest path leaves out, for the message. */
function alsoIn(members, path) {
  const others = members.filter((member) => !path.includes(member));
  return others.length > 0 ? `; the circle also takes in ${others.join(', ')}` : '';
}

/** The folder a file counts in for folder circles; a file directly in src/ counts as its own folder. */
function folderOf(file) {
  const folder = posix.dirname(file);
  return folder === 'src' ? file : folder;
}

/**
 * Checks the imports of `files` (a map from repository-relative path to source text) against the layers.
 * Returns the problems, one line each, sorted; an empty list means the layering holds.
 */
export function checkLayers(files, { layers = LAYERS, exceptions = KNOWN_EXCEPTIONS } = {}) {
  const known = new Set(files.keys());
  const problems = [];
  const fileGraph = new Map();
  const folderGraph = new Map();
  const folderWitness = new Map();
  const usedExceptions = new Set();
  for (const [file, source] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const own = componentOf(file, layers);
    if (!own) {
      problems.push(`${file}: belongs to no layer; add its folder to LAYERS in scripts/layers.mjs`);
      continue;
    }
    fileGraph.set(file, fileGraph.get(file) ?? new Set());
    for (const { specifier, line } of importsOf(source)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolveSpecifier(file, specifier, known);
      if (!target) {
        problems.push(`${file}:${line}: imports '${specifier}', which is no file under src/`);
        continue;
      }
      addEdge(fileGraph, file, target);
      const [fromFolder, toFolder] = [folderOf(file), folderOf(target)];
      if (fromFolder !== toFolder) {
        addEdge(folderGraph, fromFolder, toFolder);
        if (!folderWitness.has(`${fromFolder} ${toFolder}`)) folderWitness.set(`${fromFolder} ${toFolder}`, `${file}:${line}`);
      }
      const theirs = componentOf(target, layers);
      if (!theirs || theirs.name === own.name || theirs.layer < own.layer) continue;
      const exception = exceptions.findIndex((entry) => entry.from === file && entry.to === target);
      if (exception >= 0) {
        usedExceptions.add(exception);
        continue;
      }
      const why = theirs.layer === own.layer ? 'a sibling on the same layer' : 'a later layer';
      problems.push(`${file}:${line}: ${own.name} imports '${specifier}' (${theirs.name}, ${why}); see the layers in scripts/layers.mjs`);
    }
  }
  for (const [position, entry] of exceptions.entries()) {
    if (!usedExceptions.has(position)) {
      problems.push(`scripts/layers.mjs: known exception ${entry.from} → ${entry.to} no longer occurs; remove it from KNOWN_EXCEPTIONS`);
    }
  }
  for (const members of circles(fileGraph)) {
    const path = cyclePath(fileGraph, members);
    problems.push(`import circle between files: ${path.join(' → ')}${alsoIn(members, path)}`);
  }
  for (const members of circles(folderGraph)) {
    const path = cyclePath(folderGraph, members);
    const steps = path.slice(1).map((to, step) => `${path[step]} → ${to} (${folderWitness.get(`${path[step]} ${to}`)})`);
    problems.push(`import circle between folders: ${steps.join(', ')}${alsoIn(members, path)}`);
  }
  return problems;
}

/** The TypeScript sources under `root`/src, keyed by their path relative to `root`, with `/` separators. */
export function sourceFiles(root) {
  const files = new Map();
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.m?ts$/.test(name) && !name.endsWith('.d.ts'))
        files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'src'));
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ? resolve(process.argv[2]) : dirname(dirname(fileURLToPath(import.meta.url)));
  const problems = checkLayers(sourceFiles(root));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`layers: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log('layers: every import follows the layer order; no import circles');
}
