// Opening a file the user named without ever blocking on it. A named pipe (FIFO) opened for reading blocks until a
// writer appears, and a read from a device may never end: every file ims-gate reads is opened without blocking
// (O_NONBLOCK, which changes nothing for a regular file) and refused unless the open descriptor is a regular file.
// fstat on the descriptor, not stat on the path, so that the path cannot be swapped between the check and the read.
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** What a file that is not a regular file is, in plain words ("a named pipe (FIFO)"), or undefined for a file. */
export function irregularKind(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'an unknown kind of entry';
}

/** Thrown when a path names something other than a regular file; the message says what it is. */
export class NotRegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: string,
  ) {
    super(`is ${kind}, not a regular file`);
    this.name = 'NotRegularFileError';
  }
}

/** A descriptor open for reading on a regular file; throws NotRegularFileError (or the fs error) otherwise. */
export function openRegularFile(path: string): { fd: number; size: number } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    const kind = irregularKind(stat);
    if (kind !== undefined) throw new NotRegularFileError(path, kind);
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The bytes of a regular file; throws NotRegularFileError for a FIFO, socket, device or folder. */
export function readRegularFile(path: string): Buffer {
  const { fd } = openRegularFile(path);
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
