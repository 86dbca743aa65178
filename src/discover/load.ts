// Reads discovered files and keeps only Campaign/IMS configuration. Unrelated files cost one read and a
// byte search; huge files are sniffed in windows so that they are never held whole unless they matter. Files the
// config names (configured inputs) are never sniffed: they are read as the kind the config says.
// What sniffing means is the reader's knowledge: its sniffer is passed in (by the pipeline), since discovery
// comes before reading and imports none of it.
import { closeSync, readSync } from 'node:fs';
import { NotRegularFileError, openRegularFile } from '../util/regular-file.js';
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

/** Tells IMS configuration from other files: the reader's sniffer (read/index.ts), `State` its window memory. */
export interface Sniffer<State = unknown> {
  /** The kind of a whole file's bytes; undefined when the file is provably no configuration. Never throws. */
  whole: (path: string, bytes: Buffer) => FileKind | undefined;
  /**
   * One window of a huge file: the first (no `state`) as a whole file, the later ones with the state the first
   * returned; `last` when the window ends the file. 'whole' means the window cannot decide. Never throws.
   */
  window: (path: string, bytes: Buffer, place: { state?: State; last: boolean }) => { kind: FileKind | undefined | 'whole'; state: State };
}

interface LoadResult {
  candidates: Candidate[];
  skipped: SkippedFile[];
  filesScanned: number;
}

/** Reads up to `length` bytes from `start` into the start of `into` (readSync may return fewer); how many were read. */
function readFully(fd: number, into: Buffer, start: number, length: number): number {
  let offset = 0;
  while (offset < length) {
    const read = readSync(fd, into, offset, length - offset, start + offset);
    if (read === 0) break;
    offset += read;
  }
  return offset;
}

function readWhole(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  const read = readFully(fd, bytes, 0, size);
  return read === size ? bytes : bytes.subarray(0, read);
}

/** Reads `length` bytes of a file from `start` into the start of `into`; returns how many were read. */
type ReadAt = (into: Buffer, start: number, length: number) => number;

/**
 * Sniffs a huge file window by window: the first window as a whole file (root element, header, path-based kinds),
 * the later ones for record markers only. When a window cannot decide, the whole file is read and sniffed.
 * `chunk` is a parameter for the tests, which check that windows of any size find what a whole-file sniff finds.
 */
export function sniffByWindows<State>(
  path: string,
  size: number,
  readAt: ReadAt,
  sniff: Sniffer<State>,
  chunk = CHUNK,
): { kind: FileKind; bytes?: Buffer } | undefined {
  const window = Buffer.allocUnsafe(chunk + OVERLAP);
  let state: State | undefined;
  for (let position = 0; position < size; position += chunk) {
    const start = Math.max(0, position - OVERLAP);
    const read = readAt(window, start, Math.min(chunk + OVERLAP, size - start));
    const sniffed = sniff.window(path, window.subarray(0, read), { state, last: start + read >= size });
    if (sniffed.kind === 'whole') {
      const whole = Buffer.allocUnsafe(size);
      const bytes = whole.subarray(0, readAt(whole, 0, size));
      const kind = sniff.whole(path, bytes);
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
export function loadCandidates<State>(
  files: DiscoveredFile[],
  maxFileSizeBytes: number,
  sniff: Sniffer<State>,
  configured: ReadonlyMap<string, FileKind> = new Map(),
): LoadResult {
  const candidates: Candidate[] = [];
  const skipped: SkippedFile[] = [];
  let filesScanned = 0;
  for (const file of files) {
    let fd: number | undefined;
    try {
      // Never blocks: a file swapped for a FIFO after the walk is refused, not waited on.
      const opened = openRegularFile(file.absolutePath);
      fd = opened.fd;
      const { size } = opened;
      if (size > maxFileSizeBytes) {
        skipped.push({
          path: file.path,
          reason: `file of ${size} bytes is over the size limit of ${maxFileSizeBytes} bytes (maxFileSize), not scanned`,
        });
        continue;
      }
      filesScanned++;
      const configuredKind = configured.get(file.path);
      if (configuredKind) {
        candidates.push({ path: file.path, kind: configuredKind, bytes: readWhole(fd, size) });
        continue;
      }
      if (size > STREAM_THRESHOLD) {
        const open = fd;
        const readAt: ReadAt = (into, start, length) => readFully(open, into, start, length);
        const found = sniffByWindows(file.path, size, readAt, sniff);
        if (found) candidates.push({ path: file.path, kind: found.kind, bytes: found.bytes ?? readWhole(fd, size) });
        continue;
      }
      const bytes = readWhole(fd, size);
      const kind = sniff.whole(file.path, bytes);
      if (kind) candidates.push({ path: file.path, kind, bytes });
    } catch (error) {
      const reason =
        error instanceof NotRegularFileError
          ? `${error.message}, not scanned`
          : `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
      skipped.push({ path: file.path, reason });
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return { candidates, skipped, filesScanned };
}
