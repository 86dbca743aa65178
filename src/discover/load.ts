// Reads discovered files and keeps only Campaign/IMS configuration. Unrelated files cost one read and a
// byte search; huge files are sniffed in chunks so that they are never held whole unless they matter.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { looksLikeXml } from '../read/sniff.js';
import type { FileKind } from '../types.js';
import type { DiscoveredFile, SkippedFile } from './walk.js';

/** Files above this are sniffed chunk by chunk before being read whole. */
const STREAM_THRESHOLD = 16 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;
/** Overlap between chunks, longer than any marker, so a marker split across chunks is still seen. */
const OVERLAP = 256;

interface Candidate {
  path: string;
  kind: FileKind;
  bytes: Buffer;
}

/** Sniffs a file's bytes; with `continuation`, a later window of a huge file whose first window said whether it is XML. */
type Sniffer = (path: string, bytes: Buffer, continuation?: { xml: boolean }) => FileKind | undefined;

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
 * the later ones for record markers only.
 */
function sniffLarge(fd: number, size: number, path: string, sniff: Sniffer): FileKind | undefined {
  const window = Buffer.allocUnsafe(CHUNK + OVERLAP);
  let continuation: { xml: boolean } | undefined;
  for (let position = 0; position < size; position += CHUNK) {
    const start = Math.max(0, position - OVERLAP);
    const read = readSync(fd, window, 0, Math.min(CHUNK + OVERLAP, size - start), start);
    const bytes = window.subarray(0, read);
    const kind = sniff(path, bytes, continuation);
    if (kind) return kind;
    continuation ??= { xml: looksLikeXml(path, bytes) };
  }
  return undefined;
}

export function loadCandidates(files: DiscoveredFile[], maxFileSizeBytes: number, sniff: Sniffer): LoadResult {
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
      if (size > STREAM_THRESHOLD) {
        const kind = sniffLarge(fd, size, file.path, sniff);
        if (kind) candidates.push({ path: file.path, kind, bytes: readWhole(fd, size) });
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
