// Folders skipped by default (node_modules, dist) are not scanned, but nothing may be skipped silently: when one
// of them holds what looks like Campaign/IMS configuration, the scan says so in one notice naming them.
//
// The look is bounded, so that a large node_modules costs next to nothing: per folder, breadth first, at most
// MAX_ENTRIES directory entries are listed and at most MAX_SNIFFED files with a configuration-like name (*.xml,
// *.csv, *.yml, *.yaml, *.json) are sniffed, each on its first MAX_SNIFF_BYTES bytes; at most MAX_FOLDERS folders
// are looked into. A candidate beyond these bounds goes unnoticed; one within them is always named. Symbolic links
// are not followed (as in discovery), and .git is never looked into.
import { closeSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { FileKind } from '../types.js';
import { compareStrings } from '../util/compare.js';
import { openRegularFile } from '../util/regular-file.js';
import type { SkippedFile } from './walk.js';

const MAX_FOLDERS = 20;
const MAX_ENTRIES = 2000;
const MAX_SNIFFED = 50;
const MAX_SNIFF_BYTES = 1024 * 1024;

const CONFIG_LIKE = /\.(xml|csv|ya?ml|json)$/i;
/** Names every npm package has, never configuration: not worth a sniff out of the budget. */
const NEVER_CONFIG = new Set(['package.json', 'package-lock.json', 'tsconfig.json']);

type Sniffer = (path: string, bytes: Buffer) => FileKind | undefined;

/** The first MAX_SNIFF_BYTES of a regular file; a file swapped for a FIFO or device since the listing is refused. */
function head(absolutePath: string): Buffer {
  const { fd } = openRegularFile(absolutePath);
  try {
    const buffer = Buffer.allocUnsafe(MAX_SNIFF_BYTES);
    let length = 0;
    while (length < MAX_SNIFF_BYTES) {
      const read = readSync(fd, buffer, length, MAX_SNIFF_BYTES - length, length);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** The first file under `folder` (relative to the root) that sniffs as configuration, within the bounds. */
function firstCandidate(
  root: string,
  folder: string,
  sniff: Sniffer,
  read: ReadonlySet<string>,
): { path: string; kind: FileKind } | undefined {
  const queue = [folder];
  let entries = 0;
  let sniffed = 0;
  while (queue.length > 0 && entries < MAX_ENTRIES && sniffed < MAX_SNIFFED) {
    const dir = queue.shift() as string;
    let listing: Dirent[];
    try {
      listing = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    listing.sort((a, b) => compareStrings(a.name, b.name));
    for (const entry of listing) {
      if (++entries > MAX_ENTRIES) break;
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== '.git') queue.push(path);
        continue;
      }
      if (!entry.isFile() || !CONFIG_LIKE.test(entry.name) || NEVER_CONFIG.has(entry.name) || read.has(path)) continue;
      if (++sniffed > MAX_SNIFFED) break;
      let kind: FileKind | undefined;
      try {
        kind = sniff(path, head(join(root, path)));
      } catch {
        continue;
      }
      if (kind) return { path, kind };
    }
  }
  return undefined;
}

/**
 * One notice naming the default-skipped folders that hold candidates, or undefined when none does. `read` holds the
 * files that are read anyway (the config names them), which are not a reason for the notice.
 */
export function skippedFoldersNotice(
  root: string,
  folders: readonly string[],
  sniff: Sniffer,
  read: ReadonlySet<string> = new Set(),
): SkippedFile | undefined {
  const holding: { folder: string; path: string; kind: FileKind }[] = [];
  for (const folder of folders.slice(0, MAX_FOLDERS)) {
    const found = firstCandidate(root, folder, sniff, read);
    if (found) holding.push({ folder, ...found });
  }
  if (holding.length === 0) return undefined;
  const names = holding.map((h) => `${h.folder}/`).join(', ');
  const examples = holding.map((h) => `${h.path} (${h.kind})`).join(', ');
  const one = holding.length === 1;
  return {
    path: holding[0].folder,
    reason:
      `not scanned: ${names} ${one ? 'is a folder' : 'are folders'} skipped by default, but ${one ? 'holds' : 'hold'} what looks like Campaign/IMS configuration: ${examples}. ` +
      `Move the configuration out of ${one ? 'it' : 'them'}, or exclude ${one ? 'it' : 'them'} in the config (exclude: ["${holding[0].folder}/**"]) to say ${one ? 'it is' : 'they are'} not to be scanned.`,
  };
}
