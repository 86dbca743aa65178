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

/** One block of the corpus (scale 0.25, 20 MB), generated once for the tests that read it. */
let block: { out: string; info: ReturnType<typeof generateCorpus> } | undefined;
function oneBlock(): NonNullable<typeof block> {
  const out = join(scratch, 'block');
  block ??= { out, info: generateCorpus({ out, scale: 0.25 }) };
  return block;
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
    const { out, info } = oneBlock();
    const files = listFiles(out);
    expect(files).toHaveLength(info.files);
    expect(files.reduce((sum, file) => sum + statSync(file).size, 0)).toBe(info.bytes);
    const printed = execFileSync(process.execPath, ['bench/floor.mjs', out], { encoding: 'utf8' });
    // 3 instances × (extAccounts, operatorGroups, serverConf, config-<instance>) + 3 manifests + the CSV.
    expect(printed).toContain(`${16 + info.sniffDecoys.length} candidate files of ${info.files}`);
  });

  // Scale 1 is four blocks of 625 filler files with the same mix, plus the huge export (8.6 MB × scale) and the
  // fixed instance files. Writing it (82 MB) took four fifths of this file's time, so the promise is checked on one
  // block (scale 0.25) and by linearity: a larger scale holds the smaller one's files unchanged and adds filler.
  it('makes a quarter of scale 1 (one block) at least 625 filler files and 75/4 MB, with one file of 8/4 MB or more', () => {
    const { out, info } = oneBlock();
    const sizes = listFiles(out).map((file) => statSync(file).size);
    // 625 filler files + the huge export + 3 × 5 instance files + the CSV + README + SEEDED_DEFECTS.json.
    expect(info.files).toBe(625 + 19);
    expect(sizes).toHaveLength(info.files);
    expect(info.bytes).toBeGreaterThanOrEqual(75e6 / 4);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(8e6 / 4);
  });

  it('grows linearly with the scale: a larger scale holds every file of a smaller one, byte for byte, and adds filler', () => {
    const small = join(scratch, 'small');
    const large = join(scratch, 'large');
    generateCorpus({ out: small, scale: 0.02 });
    generateCorpus({ out: large, scale: 0.04 });
    // The huge export's size is proportional to the scale, and SEEDED_DEFECTS.json records the scale.
    const scaled = new Set(['packages/migration/full-export-before-v8.xml', 'SEEDED_DEFECTS.json']);
    const smallFiles = listFiles(small).map((file) => relative(small, file));
    const largeFiles = new Set(listFiles(large).map((file) => relative(large, file)));
    expect(largeFiles.size - smallFiles.length).toBe(2500 * 0.02);
    for (const file of smallFiles) {
      expect(largeFiles.has(file), file).toBe(true);
      if (!scaled.has(file)) expect(readFileSync(join(large, file)).equals(readFileSync(join(small, file))), file).toBe(true);
    }
    const huge = (dir: string) => statSync(join(dir, 'packages/migration/full-export-before-v8.xml')).size;
    expect(huge(large)).toBeGreaterThan(huge(small));
  });

  it('makes the cross-file corpus: N groups, N users, near misses that match no group', () => {
    const out = join(scratch, 'cross');
    const info = generateCrossFileCorpus({ out, groups: 2000 });
    const groups = [
      ...readFileSync(join(out, 'prod/packages/operatorGroups.xml'), 'utf8').matchAll(/<group label="[^"]*" name="([^"]*)"/g),
    ].map((m) => m[1]);
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
