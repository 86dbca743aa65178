// Errors a user can fix, as opposed to bugs in ims-gate. The CLI prints one as one line,
// `ims-gate: <subject>: <message>`, where the subject is the file or the option at fault, and exits 2.

/** A problem with how ims-gate was called or with a file the user named; `subject` names the option or file. */
export class UserError extends Error {
  constructor(
    readonly subject: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Plain-words reasons for the file-system errors a user can cause (a wrong path, a folder, permissions). */
const FS_REASONS = new Map<string, string>([
  ['ENOENT', 'no such file or folder'],
  ['EISDIR', 'is a folder, not a file'],
  ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EEXIST', 'already exists'],
  ['EROFS', 'read-only file system'],
  ['ENOSPC', 'no space left on the device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['ELOOP', 'too many levels of symbolic links'],
  ['ENAMETOOLONG', 'name too long'],
  ['EMFILE', 'too many open files'],
  ['EBUSY', 'resource busy'],
]);

/** A Node file-system error on a path (ENOENT, EISDIR, EACCES, …): the path and the reason in plain words. */
export function fsErrorOf(error: unknown): { path: string; reason: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : FS_REASONS.get(code);
  if (reason === undefined || typeof path !== 'string') return undefined;
  return { path, reason: `${reason} (${code})` };
}
