// The benchmark corpus generator: deterministic, the promised shape, the seeded defect where it says, and no
// candidate marker outside the files it declares.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, generateCrossFileCorpus } from '../../bench/generate.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'ims-gate-generate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) hash.update(relative(dir, file)).update(readFileSync(file));
  return hash.digest('hex');
}

describe('bench/generate.mjs', () => {
  it('is deterministic for a seed, and differs between seeds', () => {
    generateCorpus({ out: join(scratch, 'a'), scale: 0.02, seed: 7 });
    generateCorpus({ out: join(scratch, 'b'), scale: 0.02, seed: 7 });
    generateCorpus({ out: join(scratch, 'c'), scale: 0.02, seed: 8 });
    expect(digest(join(scratch, 'a'))).toBe(digest(join(scratch, 'b')));
    expect(digest(join(scratch, 'a'))).not.toBe(digest(join(scratch, 'c')));
  });

  it('places the seeded defect exactly where SEEDED_DEFECTS.json says', () => {
    const out = join(scratch, 'defect');
    const info = generateCorpus({ out, scale: 0.05 });
    expect(info.defects).toHaveLength(1);
    const [defect] = info.defects;
    expect(defect.ruleId).toBe('IMS003');
    const lines = readFileSync(join(out, defect.file), 'utf8').split(/\r?\n/);
    expect(lines[defect.line - 1].slice(defect.column - 1, defect.endColumn - 1)).toBe('imsServer="https://ims-na1-stg1.adobelogin.com"');
    expect(JSON.parse(readFileSync(join(out, 'SEEDED_DEFECTS.json'), 'utf8')).defects).toEqual(info.defects);
  });

  it('puts the candidate markers only in the IMS files and the declared decoys (checked with floor.mjs)', () => {
    const out = join(scratch, 'markers');
    const info = generateCorpus({ out, scale: 0.1 });
    const files = listFiles(out);
    expect(files).toHaveLength(info.files);
    expect(files.reduce((sum, file) => sum + statSync(file).size, 0)).toBe(info.bytes);
    const printed = execFileSync(process.execPath, ['bench/floor.mjs', out], { encoding: 'utf8' });
    // 3 instances × (extAccounts, operatorGroups, serverConf, config-<instance>) + 3 manifests + the CSV.
    expect(printed).toContain(`${16 + info.sniffDecoys.length} candidate files of ${info.files}`);
  });

  it('makes scale 1 at least 2,500 files and 75 MB, with one file of 8 MB or more', () => {
    const out = join(scratch, 'full');
    const info = generateCorpus({ out, scale: 1 });
    expect(info.files).toBeGreaterThanOrEqual(2500);
    expect(info.bytes).toBeGreaterThanOrEqual(75e6);
    expect(Math.max(...listFiles(out).map((file) => statSync(file).size))).toBeGreaterThanOrEqual(8e6);
    rmSync(out, { recursive: true, force: true });
  });

  it('makes the cross-file corpus: N groups, N users, near misses that match no group', () => {
    const out = join(scratch, 'cross');
    const info = generateCrossFileCorpus({ out, groups: 2000 });
    const groups = [...readFileSync(join(out, 'prod/packages/operatorGroups.xml'), 'utf8').matchAll(/<group label="[^"]*" name="([^"]*)"/g)].map((m) => m[1]);
    const rows = readFileSync(join(out, 'admin-console/users.csv'), 'utf8').trim().split('\n').slice(1);
    expect(new Set(groups).size).toBe(2000);
    expect(rows).toHaveLength(2000);
    const held = rows.map((row) => /Campaign - prod - ([^,]*)/.exec(row)![1]);
    const missing = held.filter((name) => !groups.includes(name));
    expect(missing).toHaveLength(info.nearMisses);
    expect(info.nearMisses).toBeGreaterThan(40);
    expect(info.nearMisses).toBeLessThan(160);
  });

  it('refuses to overwrite a folder that is not a generated corpus', () => {
    const out = join(scratch, 'precious');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    expect(() => generateCorpus({ out, scale: 0.01 })).toThrow(/refusing/);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});
