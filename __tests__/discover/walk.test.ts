import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/walk.js';
import { writeRepo } from '../helpers/repo.js';

const none = { include: [], exclude: [] };

describe('discover', () => {
  it('lists files sorted, skipping .git, node_modules and dist', () => {
    const root = writeRepo({
      'b.xml': 'x',
      'a/c.xml': 'x',
      '.git/config': 'x',
      'node_modules/p/index.js': 'x',
      'dist/index.js': 'x',
      'sub/dist/x.xml': 'x',
      'prod/é dossier/file with spaces.xml': 'x',
    });
    expect(discover(root, none).files.map((f) => f.path)).toEqual(['a/c.xml', 'b.xml', 'prod/é dossier/file with spaces.xml']);
  });

  it('honours include and exclude globs', () => {
    const root = writeRepo({ 'prod/a.xml': 'x', 'prod/a.js': 'x', 'archive/old.xml': 'x' });
    expect(discover(root, { include: ['**/*.xml'], exclude: ['archive/**'] }).files.map((f) => f.path)).toEqual(['prod/a.xml']);
  });

  it('never follows a symbolic link out of the root, and says so', () => {
    const outside = mkdtempSync(join(tmpdir(), 'ims-gate-outside-'));
    writeFileSync(join(outside, 'secret.xml'), '<serverconf/>');
    mkdirSync(join(outside, 'dir'));
    const root = writeRepo({ 'prod/real.xml': 'x' });
    symlinkSync(join(outside, 'secret.xml'), join(root, 'prod/link.xml'));
    symlinkSync(join(outside, 'dir'), join(root, 'prod/linkdir'));
    const result = discover(root, none);
    expect(result.files.map((f) => f.path)).toEqual(['prod/real.xml']);
    expect(result.skipped).toEqual([
      { path: 'prod/link.xml', reason: 'symbolic link pointing outside the scan root, not followed' },
      { path: 'prod/linkdir', reason: 'symbolic link pointing outside the scan root, not followed' },
    ]);
  });

  it('survives symlink loops and reads links to files inside the root', () => {
    const root = writeRepo({ 'prod/real.xml': 'x' });
    symlinkSync(join(root, 'prod'), join(root, 'prod/loop'));
    symlinkSync('self', join(root, 'self'));
    symlinkSync(join(root, 'prod/real.xml'), join(root, 'alias.xml'));
    const result = discover(root, none);
    expect(result.files.map((f) => f.path)).toEqual(['alias.xml', 'prod/real.xml']);
    expect(result.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['prod/loop', 'symbolic link to a folder, not followed (each folder is scanned once, at its real path)'],
      ['self', 'broken or looping symbolic link, not followed'],
    ]);
  });
});
