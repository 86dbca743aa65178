// Reads discovered files and keeps only Campaign/IMS configuration. Unrelated files cost one read and a
// byte search; huge files are sniffed in windows so that they are never held whole unless they matter. Files the
// config names (configured inputs) are never sniffed: they are read as the kind the config says.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { sniffWindow, type WindowState } from '../read/sniff.js';
import type { FileKind } from '../types.js';
import type { DiscoveredFile, SkippedFile } from './walk.js';

/** Files above this are sniffed chunk by chunk before being read whole. */
const STREAM_THRESHOLD = 16 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;
/**
 * Overlap between windows, longer than any marker name (`xtkschema`), so that every marker is whole in some window.
 * A marker whose context (white space, value, tag start) crosses a window's edge makes the whole file sniffed.
 */
const OVERLAP = 256;

interface Candidate {
  path: string;
  kind: FileKind;
  bytes: Buffer;
}

/** Sniffs a whole file's bytes. */
type Sniffer = (path: string, bytes: Buffer) => FileKind | undefined;

interface LoadResult {
  candidates: Candidate[];
  skipped: SkippedFile[];
  filesScanned: number;
}

function readWhole(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, bytes, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return offset === size ? bytes : bytes.subarray(0, offset);
}

/**
 * Sniffs a huge file window by window: the first window as a whole file (root element, header, path-based kinds),
 * the later ones for record markers only. When a window cannot decide, the whole file is read and sniffed.
 */
function sniffLarge(fd: number, size: number, path: string, sniff: Sniffer): { kind: FileKind; bytes?: Buffer } | undefined {
  const window = Buffer.allocUnsafe(CHUNK + OVERLAP);
  let state: WindowState | undefined;
  for (let position = 0; position < size; position += CHUNK) {
    const start = Math.max(0, position - OVERLAP);
    const read = readSync(fd, window, 0, Math.min(CHUNK + OVERLAP, size - start), start);
    const sniffed = sniffWindow(path, window.subarray(0, read), { state, last: start + read >= size });
    if (sniffed.kind === 'whole') {
      const bytes = readWhole(fd, size);
      const kind = sniff(path, bytes);
      return kind ? { kind, bytes } : undefined;
    }
    if (sniffed.kind) return { kind: sniffed.kind };
    state = sniffed.state;
  }
  return undefined;
}

/**
 * `configured` holds the kind of each file the config names: such a file is read as that kind, whatever its
 * content looks like.
 */
export function loadCandidates(files: DiscoveredFile[], maxFileSizeBytes: number, sniff: Sniffer, configured: ReadonlyMap<string, FileKind> = new Map()): LoadResult {
  const candidates: Candidate[] = [];
  const skipped: SkippedFile[] = [];
  let filesScanned = 0;
  for (const file of files) {
    let fd: number | undefined;
    try {
      fd = openSync(file.absolutePath, 'r');
      const { size } = fstatSync(fd);
      if (size > maxFileSizeBytes) {
        skipped.push({ path: file.path, reason: `file of ${size} bytes is over the size limit of ${maxFileSizeBytes} bytes (maxFileSize), not scanned` });
        continue;
      }
      filesScanned++;
      const configuredKind = configured.get(file.path);
      if (configuredKind) {
        candidates.push({ path: file.path, kind: configuredKind, bytes: readWhole(fd, size) });
        continue;
      }
      if (size > STREAM_THRESHOLD) {
        const found = sniffLarge(fd, size, file.path, sniff);
        if (found) candidates.push({ path: file.path, kind: found.kind, bytes: found.bytes ?? readWhole(fd, size) });
        continue;
      }
      const bytes = readWhole(fd, size);
      const kind = sniff(file.path, bytes);
      if (kind) candidates.push({ path: file.path, kind, bytes });
    } catch (error) {
      skipped.push({ path: file.path, reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return { candidates, skipped, filesScanned };
}
