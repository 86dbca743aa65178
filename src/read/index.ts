// The read stage: content sniffing, then one reader per kind of file. Every value a reader yields carries its
// exact place (see util/text.ts for how lines and columns are counted). Readers never throw: whatever cannot be read
// becomes a ReadProblem (an IMS000 finding) at the line where the reader found it.
//
// Payloads and problems: when a file cannot be read as a whole (malformed XML or YAML, bad encoding, binary, an
// unclosed CSV quote), the result holds the problem and no payload. When only a part is wrong (a schema error in a
// manifest, a CSV row with the wrong number of cells), the result holds the problems and the readable rest: the
// manifest without the invalid keys, the users without the skipped rows.
import type { FileKind, ReadResult } from '../types.js';
import { fileLoc } from '../util/loc.js';
import { readAdminConsoleCsv } from './admin-console-csv.js';
import { readCampaignPackage } from './campaign-package.js';
import { readImsManifest } from './ims-manifest.js';
import { readServerConf } from './server-conf.js';
import { sniffKind, sniffWindow } from './sniff.js';

export { sniffKind };
export { parseDirective } from './suppressions.js';

/** The sniffer discovery takes (discover/load.ts's Sniffer): whole files, and huge files window by window. */
export const sniffer = { whole: sniffKind, window: sniffWindow };

/** Read one candidate file. Never throws: anything unreadable becomes `problems` (message + Loc at the parser's line/column). */
export function readFile(relPath: string, bytes: Buffer, kind: FileKind): ReadResult {
  try {
    switch (kind) {
      case 'campaign-xml':
        return readCampaignPackage(relPath, bytes);
      case 'server-conf':
        return readServerConf(relPath, bytes);
      case 'ims-manifest':
        return readImsManifest(relPath, bytes);
      case 'admin-console-csv':
        return readAdminConsoleCsv(relPath, bytes);
      default:
        return unreadable(relPath, kind, `unknown file kind "${String(kind)}"`);
    }
  } catch (error) {
    // A bug or a resource limit (e.g. a YAML flow collection nested deeper than the parser's stack).
    const reason =
      error instanceof RangeError
        ? 'the file is nested too deeply or is too large to read'
        : `internal error while reading the file: ${(error as Error)?.message ?? String(error)}`;
    return unreadable(relPath, kind, reason);
  }
}

function unreadable(file: string, kind: FileKind, message: string): ReadResult {
  return { file, kind, suppressions: [], problems: [{ message, loc: fileLoc(file) }] };
}
