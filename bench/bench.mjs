#!/usr/bin/env node
// npm run bench [-- --runs N] [--base-scale S] [--seed S] [--write-results] [--strict]
//
// Generates the synthetic corpora, then measures, paired and interleaved in one run, `ims-gate check` against the
// read-every-byte floor (bench/floor.mjs): wall time, peak RSS, CPU, files/s, MB/s, scaling at ×1/×2/×4, cold start
// against `node -e 0`, and the 10,000 × 10,000 cross-file case. Prints a table, writes bench/results.json and, with
// --write-results, bench/RESULTS.md.
//
// ×4 is the full corpus of the issue (generator scale 1: 2,500+ files, ~80 MB); ×1 and ×2 are a quarter and a half
// of it (--base-scale 0.25), and ×16 is four times it (generator scale 4, ~330 MB), where the full scan must still
// stay within 2× the floor. --no-x16 leaves the large corpus out for a quick run.
//
// IMS_GATE_CLI=path overrides dist/cli.js (e.g. IMS_GATE_CLI=bench/floor.mjs to exercise this script).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, totalmem, arch, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, generateCrossFileCorpus } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'bench');
const HOOK = pathToFileURL(join(BENCH, 'rss-hook.mjs')).href;
const FLOOR = join(BENCH, 'floor.mjs');
const CLI = process.env.IMS_GATE_CLI ? resolve(process.env.IMS_GATE_CLI) : join(ROOT, 'dist', 'cli.js');
const TARGETS = { ratioX4: 2.0, rssMB: 200, scaling: 4.4, coldStart: 3.0, crossCpuS: 1.0 };

// ------------------------------------------------------------------ arguments

const opts = { runs: 5, baseScale: 0.25, seed: '1', writeResults: false, strict: false, groups: 10000, x16: true };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--base-scale') opts.baseScale = Number(argv[++i]);
    else if (a === '--seed') opts.seed = argv[++i];
    else if (a === '--groups') opts.groups = Number(argv[++i]);
    else if (a === '--write-results') opts.writeResults = true;
    else if (a === '--strict') opts.strict = true;
    else if (a === '--no-x16') opts.x16 = false;
    else
      fail(
        `unknown argument ${a}\nusage: bench.mjs [--runs N] [--base-scale S] [--seed S] [--groups N] [--no-x16] [--write-results] [--strict]`,
      );
  }
  if (!(opts.runs >= 1) || !(opts.baseScale > 0) || !(opts.groups >= 1)) fail('--runs, --base-scale and --groups must be positive');
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

if (!existsSync(CLI)) {
  fail(
    process.env.IMS_GATE_CLI
      ? `IMS_GATE_CLI=${process.env.IMS_GATE_CLI} does not exist`
      : `${CLI} does not exist. Build it first with \`npm run build\` (or set IMS_GATE_CLI to another CLI script).`,
  );
}
if (opts.writeResults && process.env.IMS_GATE_CLI) fail('--write-results records the real dist/cli.js only; unset IMS_GATE_CLI');

// ------------------------------------------------------------------ measuring

const usageDir = join(tmpdir(), `ims-gate-bench-${process.pid}`);
mkdirSync(usageDir, { recursive: true });
process.on('exit', () => rmSync(usageDir, { recursive: true, force: true }));
let usageSeq = 0;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const progress = (text) => process.stderr.write(`${text}\n`);

/** Runs `node [--import hook] ...args` once: wall seconds, and with the hook peak RSS (MB) and CPU seconds. */
function run(args, { hook = true, okStatus = [0] } = {}) {
  const usageFile = join(usageDir, `${usageSeq++}.json`);
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, hook ? ['--import', HOOK, ...args] : args, {
    cwd: ROOT,
    env: { ...process.env, IMS_GATE_BENCH_USAGE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.error || !okStatus.includes(child.status)) {
    const why = child.error ? child.error.message : child.signal ? `killed by ${child.signal}` : `exit code ${child.status}`;
    fail(`\`node ${args.join(' ')}\` failed (${why}):\n${child.stderr.toString().slice(-2000)}`);
  }
  const result = { wall, stdout: child.stdout.toString() };
  if (hook) {
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    result.rssMB = usage.maxRSS / 1024;
    result.cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  }
  return result;
}

const gate = (dir, extra = {}) => run([CLI, 'check', dir, '--format', 'json'], { okStatus: [0, 1], ...extra });
const floor = (dir) => run([FLOOR, dir]);

/** Runs each job `runs` times, alternating the order every round, and summarises each job's runs. */
function interleaved(jobs, runs) {
  const samples = jobs.map(() => []);
  for (let round = 0; round < runs; round++) {
    const order = round % 2 ? [...jobs.keys()].reverse() : [...jobs.keys()];
    for (const j of order) samples[j].push(jobs[j]());
  }
  return samples.map((s) => ({
    wall: median(s.map((x) => x.wall)),
    cpu: s[0].cpu === undefined ? undefined : median(s.map((x) => x.cpu)),
    // Peak memory is a worst case: the largest of the runs.
    rssMB: s[0].rssMB === undefined ? undefined : Math.max(...s.map((x) => x.rssMB)),
    walls: s.map((x) => x.wall),
  }));
}

function parseReport(stdout) {
  const at = stdout.indexOf('{');
  try {
    return JSON.parse(stdout.slice(at));
  } catch {
    fail(`the CLI did not print a JSON report:\n${stdout.slice(0, 2000)}`);
  }
}

/** Did the report find the seeded defects, and what else did it report? */
function checkDefects(report, defects) {
  const findings = Array.isArray(report.findings) ? report.findings : [];
  const seeded = defects.map((d) => {
    const hits = findings.filter((f) => f.ruleId === d.ruleId && f.file === d.file);
    return {
      ...d,
      found: hits.length > 0,
      atLine: hits.some((f) => f.line === d.line),
      reportedAt: hits.map((f) => `${f.file}:${f.line}:${f.column}`),
    };
  });
  const unexpected = findings.filter((f) => !defects.some((d) => d.ruleId === f.ruleId && d.file === f.file));
  return {
    seeded,
    unexpected: unexpected.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      at: `${f.file}:${f.line}:${f.column}`,
      message: f.message,
    })),
  };
}

const syncDisk = () => spawnSync('sync'); // flush the freshly written corpus so write-back does not disturb the timings

// ------------------------------------------------------------------ the benchmark

const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGB: +(freemem() / 2 ** 30).toFixed(1),
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
  },
  settings: { runs: opts.runs, baseScale: opts.baseScale, seed: opts.seed, cli: CLI.startsWith(ROOT) ? CLI.slice(ROOT.length) : CLI },
};

// Corpora.
const corpora = (opts.x16 ? [1, 2, 4, 16] : [1, 2, 4]).map((factor) => {
  const dir = join(BENCH, `.corpus-x${factor}`);
  const info = generateCorpus({ out: dir, scale: opts.baseScale * factor, seed: opts.seed });
  progress(`generated ×${factor}: ${info.files} files, ${(info.bytes / 1e6).toFixed(1)} MB in ${info.seconds.toFixed(1)} s`);
  return { label: `×${factor}`, factor, dir, info };
});
const crossDir = join(BENCH, '.corpus-cross');
const cross = generateCrossFileCorpus({ out: crossDir, groups: opts.groups, seed: opts.seed });
progress(`generated cross-file corpus: ${cross.groups} groups, ${cross.nearMisses} near misses`);
const emptyDir = join(BENCH, '.corpus-empty');
rmSync(emptyDir, { recursive: true, force: true });
mkdirSync(emptyDir);
syncDisk();

// Cold start: no hook, so neither side pays for it.
progress('cold start …');
{
  const coldRuns = Math.max(10, opts.runs * 2);
  gate(emptyDir, { hook: false });
  const [cli, node] = interleaved([() => gate(emptyDir, { hook: false }), () => run(['-e', '0'], { hook: false })], coldRuns);
  results.coldStart = { runs: coldRuns, cliWall: cli.wall, nodeWall: node.wall, ratio: cli.wall / node.wall };
}

// Scaling: gate against floor on each corpus.
results.scaling = [];
results.correctness = [];
for (const c of corpora) {
  progress(`${c.label} (${(c.info.bytes / 1e6).toFixed(0)} MB) …`);
  floor(c.dir); // warm the page cache
  const report = parseReport(gate(c.dir).stdout);
  results.correctness.push({ corpus: c.label, ...checkDefects(report, c.info.defects) });
  const [g, f] = interleaved([() => gate(c.dir), () => floor(c.dir)], opts.runs);
  const mb = c.info.bytes / 1e6;
  results.scaling.push({
    corpus: c.label,
    scale: c.info.scale,
    files: c.info.files,
    MB: +mb.toFixed(1),
    gate: { wall: g.wall, cpu: g.cpu, rssMB: g.rssMB, filesPerS: c.info.files / g.wall, MBPerS: mb / g.wall, walls: g.walls },
    floor: { wall: f.wall, cpu: f.cpu, rssMB: f.rssMB, filesPerS: c.info.files / f.wall, MBPerS: mb / f.wall, walls: f.walls },
    ratio: g.wall / f.wall,
  });
}

// Cross-file: 10,000 operator groups against 10,000 Enterprise Dashboard names. CPU beyond the empty-folder start.
progress('cross-file …');
{
  const report = parseReport(gate(crossDir).stdout);
  const byRule = {};
  for (const f of report.findings ?? []) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const [g, empty, f] = interleaved([() => gate(crossDir), () => gate(emptyDir), () => floor(crossDir)], opts.runs);
  results.crossFile = {
    groups: cross.groups,
    dashboardNames: cross.groups,
    nearMisses: cross.nearMisses,
    findingsByRule: byRule,
    gateCpu: g.cpu,
    emptyCpu: empty.cpu,
    floorCpu: f.cpu,
    extraCpu: g.cpu - empty.cpu,
    gateWall: g.wall,
    gateRssMB: g.rssMB,
  };
}

// Targets.
const x1 = results.scaling[0];
const x4 = results.scaling.find((r) => r.corpus === '×4');
const x16 = results.scaling.find((r) => r.corpus === '×16');
const peakRss = Math.max(...results.scaling.map((s) => s.gate.rssMB), results.crossFile.gateRssMB);
const seededFound = results.correctness.every((c) => c.seeded.every((d) => d.found));
results.targets = [
  {
    name: `×4 check wall time vs floor`,
    target: `≤ ${TARGETS.ratioX4.toFixed(1)}×`,
    value: `${x4.ratio.toFixed(2)}×`,
    met: x4.ratio <= TARGETS.ratioX4,
  },
  ...(x16
    ? [
        {
          name: `×16 check wall time vs floor`,
          target: `≤ ${TARGETS.ratioX4.toFixed(1)}×`,
          value: `${x16.ratio.toFixed(2)}×`,
          met: x16.ratio <= TARGETS.ratioX4,
        },
      ]
    : []),
  { name: 'peak RSS of check', target: `≤ ${TARGETS.rssMB} MB`, value: `${peakRss.toFixed(0)} MB`, met: peakRss <= TARGETS.rssMB },
  {
    name: 'scaling: ×4 time / ×1 time',
    target: `≤ ${TARGETS.scaling}`,
    met: x4.gate.wall / x1.gate.wall <= TARGETS.scaling,
    // The fixed start-up cost flatters the plain ratio; the ratio net of the cold start shows the per-byte growth.
    value: `${(x4.gate.wall / x1.gate.wall).toFixed(2)} (${((x4.gate.wall - results.coldStart.cliWall) / (x1.gate.wall - results.coldStart.cliWall)).toFixed(2)} net of cold start)`,
  },
  {
    name: 'cold start vs `node -e 0`',
    target: `≤ ${TARGETS.coldStart.toFixed(1)}×`,
    value: `${results.coldStart.ratio.toFixed(2)}×`,
    met: results.coldStart.ratio <= TARGETS.coldStart,
  },
  {
    name: `cross-file ${opts.groups.toLocaleString('en')} × ${opts.groups.toLocaleString('en')} CPU beyond cold start`,
    target: `< ${TARGETS.crossCpuS} s`,
    value: `${results.crossFile.extraCpu.toFixed(2)} s`,
    met: results.crossFile.extraCpu < TARGETS.crossCpuS,
  },
  { name: 'seeded defect reported', target: 'yes', value: seededFound ? 'yes' : 'no', met: seededFound },
];

// ------------------------------------------------------------------ output

const s = (x) => `${x.toFixed(x < 1 ? 3 : 2)} s`;
const table = (head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((v, i) => String(v).padEnd(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
};
const markdownTable = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const scalingHead = [
  'corpus',
  'files',
  'MB',
  'floor wall',
  'check wall',
  'ratio',
  'check RSS',
  'floor RSS',
  'check files/s',
  'check MB/s',
  'floor MB/s',
];
const scalingRows = results.scaling.map((r) => [
  r.corpus,
  r.files,
  r.MB,
  s(r.floor.wall),
  s(r.gate.wall),
  `${r.ratio.toFixed(2)}×`,
  `${r.gate.rssMB.toFixed(0)} MB`,
  `${r.floor.rssMB.toFixed(0)} MB`,
  Math.round(r.gate.filesPerS),
  r.gate.MBPerS.toFixed(0),
  r.floor.MBPerS.toFixed(0),
]);
const otherHead = ['measure', 'check', 'baseline', 'ratio / difference'];
const cf = results.crossFile;
const otherRows = [
  [
    'cold start (wall, empty folder vs `node -e 0`)',
    s(results.coldStart.cliWall),
    s(results.coldStart.nodeWall),
    `${results.coldStart.ratio.toFixed(2)}×`,
  ],
  [`cross-file ${cf.groups} × ${cf.dashboardNames} (CPU, vs empty folder)`, s(cf.gateCpu), s(cf.emptyCpu), `+${s(cf.extraCpu)}`],
];
const targetHead = ['target', 'required', 'measured', 'met'];
const targetRows = results.targets.map((t) => [t.name, t.target, t.value, t.met ? 'yes' : 'NO']);
const correctnessLines = results.correctness.map(
  (c) =>
    `${c.corpus}: ` +
    c.seeded
      .map(
        (d) =>
          `${d.ruleId} at ${d.file}:${d.line} ${d.found ? (d.atLine ? 'reported at that line' : `reported, but at ${d.reportedAt.join(', ')}`) : 'NOT reported'}`,
      )
      .join('; ') +
    `; ${c.unexpected.length} other finding(s)`,
);

console.log(
  `\nims-gate benchmark — ${results.machine.cores} × ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}`,
);
console.log(`CLI: ${results.settings.cli}; median of ${opts.runs} interleaved runs (peak RSS: the largest)\n`);
console.log(table(scalingHead, scalingRows));
console.log('');
console.log(table(otherHead, otherRows));
console.log(`\ncross-file findings by rule: ${JSON.stringify(cf.findingsByRule)} (${cf.nearMisses} near misses seeded)`);
console.log(`seeded defects: ${correctnessLines.join('\n                ')}`);
const others = results.correctness.find((c) => c.corpus === '×4').unexpected;
for (const f of others.slice(0, 10)) console.log(`  other: ${f.ruleId} ${f.severity} ${f.at}  ${f.message}`);
if (others.length > 10) console.log(`  … ${others.length - 10} more in bench/results.json`);
console.log('');
console.log(table(targetHead, targetRows));

writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');

if (opts.writeResults) {
  const m = results.machine;
  const md = `# Benchmark results

Written by \`npm run bench -- --write-results\` on ${results.date.slice(0, 10)}. Do not edit by hand.

## Machine

- CPU: ${m.cores} × ${m.cpu}
- Memory: ${m.memoryGB} GB (${m.freeMemoryGB} GB free at the start)
- OS: ${m.os}
- Node: ${m.node}

## Method

- Corpus: \`bench/generate.mjs\`, seed ${opts.seed}. ×4 is generator scale ${opts.baseScale * 4} (${corpora[2].info.files} files, ${(corpora[2].info.bytes / 1e6).toFixed(1)} MB, one file of ${(opts.baseScale * 4 * 8.6).toFixed(1)} MB); ×1 and ×2 are a quarter and a half of it${x16 ? `, ×16 is four times it (${corpora[3].info.files} files, ${(corpora[3].info.bytes / 1e6).toFixed(1)} MB)` : ''}.
- Check: \`node dist/cli.js check DIR --format json\`. Floor: \`node bench/floor.mjs DIR\`, which reads every file and searches it for the candidate markers with \`Buffer.indexOf\`.
- Each pair runs ${opts.runs} times, interleaved, after a warm-up; figures are medians, peak RSS the largest of the runs. RSS and CPU come from \`process.resourceUsage()\` in each child (\`bench/rss-hook.mjs\`).
- Cold start: ${results.coldStart.runs} interleaved runs of \`check\` on an empty folder and \`node -e 0\`, wall time.
- Cross-file: one package of ${cf.groups} operator groups and an Admin Console export of ${cf.dashboardNames} users holding \`Campaign - prod - <name>\`, ${cf.nearMisses} of them near-miss spellings; CPU (user + system) of \`check\` minus that of \`check\` on an empty folder.

## Figures

${markdownTable(scalingHead, scalingRows)}

${markdownTable(otherHead, otherRows)}

Seeded defects: ${correctnessLines.join('; ')}.

## Targets

${markdownTable(targetHead, targetRows)}
`;
  writeFileSync(join(BENCH, 'RESULTS.md'), md);
  console.log('wrote bench/RESULTS.md');
}

if (opts.strict && results.targets.some((t) => !t.met)) process.exit(1);
