// Walks the scan root. Which folders and files it visits is policy.ts's decision (default skips, include/exclude
// globs); this module adds the symlink policy, which never leaves the root.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { irregularKind } from '../util/regular-file.js';
import { join } from 'node:path';
import type { Config } from '../config/types.js';
import { byString } from '../util/compare.js';
import { relativeInside } from '../util/paths.js';
import { discoveryPolicy } from './policy.js';

export interface DiscoveredFile {
  /** POSIX path relative to the root. */
  path: string;
  absolutePath: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Folders not entered because they are skipped by default (node_modules, dist), sorted. */
  skippedByDefault: string[];
}

export function discover(root: string, config: Pick<Config, 'include' | 'exclude'>): Discovery {
  const realRoot = realpathSync(root);
  const policy = discoveryPolicy(config);
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  const skippedByDefault: string[] = [];
  const stack: string[] = [''];

  while (stack.length > 0) {
    const dirRel = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(realRoot, dirRel), { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: dirRel || '.', reason: `cannot list folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    for (const entry of entries) {
      const path = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      const absolutePath = join(realRoot, path);
      if (entry.isDirectory()) {
        if (!policy.entersFolder(path)) {
          if (policy.skippedByDefault(path)) skippedByDefault.push(path);
          continue;
        }
        stack.push(path);
        continue;
      }
      if (!policy.takesFile(path)) continue;
      if (entry.isSymbolicLink()) {
        // A link is read only when it resolves to a regular file inside the root; linked folders are
        // never entered, which also rules out loops.
        let target: string;
        try {
          target = realpathSync(absolutePath);
        } catch {
          skipped.push({ path, reason: 'broken or looping symbolic link, not followed' });
          continue;
        }
        if (relativeInside(realRoot, target) === undefined) {
          skipped.push({ path, reason: 'symbolic link pointing outside the scan root, not followed' });
          continue;
        }
        if (statSync(target).isDirectory()) {
          skipped.push({ path, reason: 'symbolic link to a folder, not followed (each folder is scanned once, at its real path)' });
          continue;
        }
        const kind = irregularKind(statSync(target));
        if (kind !== undefined) {
          skipped.push({ path, reason: `symbolic link to ${kind}, not a regular file, not scanned` });
          continue;
        }
      } else if (!entry.isFile()) {
        // A FIFO, socket or device is never opened (reading a FIFO blocks), but not passed over in silence either.
        skipped.push({ path, reason: `is ${direntKind(entry)}, not a regular file, not scanned` });
        continue;
      }
      files.push({ path, absolutePath });
    }
  }
  const byPath = byString((file: { path: string }) => file.path);
  files.sort(byPath);
  skipped.sort(byPath);
  skippedByDefault.sort();
  return { files, skipped, skippedByDefault };
}

/** What a directory entry that is neither a file, a folder nor a link is, in plain words. */
function direntKind(entry: Dirent): string {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'an unknown kind of entry';
}
