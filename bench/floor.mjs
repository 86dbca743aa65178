#!/usr/bin/env node
// The read-every-byte floor: walk the tree, read every file whole and look for the candidate markers with
// Buffer.indexOf. Any Node tool that must see every byte of the repository costs at least this much.
//
//   node bench/floor.mjs [check] DIR [--format json]
//
// Prints the number of candidate files. `check` and `--format json` make it a stand-in for the CLI, so bench.mjs
// can be exercised before dist/cli.js exists (IMS_GATE_CLI=bench/floor.mjs npm run bench).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKERS = ['nms:extAccount', 'xtk:group', '<serverconf', 'ims-provisioning', 'Product Configurations'].map((m) => Buffer.from(m));
const SKIP = new Set(['.git', 'node_modules', 'dist']);

const args = process.argv.slice(2).filter((a, i, all) => a !== 'check' && a !== '--format' && all[i - 1] !== '--format');
const json = process.argv.includes('json');
const root = args[0];
if (!root) {
  console.error('usage: floor.mjs [check] DIR [--format json]');
  process.exit(2);
}

let files = 0;
let bytes = 0;
let candidates = 0;
const pending = [root];
while (pending.length > 0) {
  const dir = pending.pop();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) pending.push(path);
    } else if (entry.isFile()) {
      // Symlinks are neither: never followed, like the gate.
      const buf = readFileSync(path);
      files++;
      bytes += buf.length;
      if (MARKERS.some((m) => buf.indexOf(m) !== -1)) candidates++;
    }
  }
}

if (json) console.log(JSON.stringify({ version: 1, findings: [], stats: { filesScanned: files, bytes, candidates } }));
else console.log(`${candidates} candidate files of ${files} (${(bytes / 1e6).toFixed(1)} MB)`);
