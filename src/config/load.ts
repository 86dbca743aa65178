// Loads .github/ims-gate.yml (or --config), validates it against policies/schemas/config.schema.json and
// reports every problem at its line. An invalid config never crashes the scan: its problems become IMS000.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { decodeBytes, LineMap } from '../read/text.js';
import type { ImsField, ReadProblem } from '../types.js';
import { schemaValidator } from '../util/ajv.js';
import { compileGlob } from '../util/glob.js';
import { toPosix } from '../util/paths.js';
import { schemaProblems } from '../util/yaml-schema.js';
import { defaultConfig, type Config, type InstanceConfig } from './types.js';

export const DEFAULT_CONFIG_PATH = '.github/ims-gate.yml';

interface LoadedConfig {
  config: Config;
  problems: ReadProblem[];
}

interface RawConfig {
  hosting?: Config['hosting'];
  instances?: Record<string, InstanceConfig>;
  enterpriseDashboard?: string | string[];
  fields?: Partial<Record<ImsField, string[]>>;
  imsAccountTypes?: (string | number)[];
  rules?: Config['rules'];
  operatorGroups?: string[];
  include?: string[];
  exclude?: string[];
  allowInlineSuppressions?: boolean;
  maxFileSize?: number;
}

/** Thrown when an explicitly named config file does not exist (a usage error: exit 2). */
export class ConfigNotFoundError extends Error {}

export function loadConfig(root: string, explicitPath?: string): LoadedConfig {
  const path = explicitPath ? (isAbsolute(explicitPath) ? explicitPath : join(process.cwd(), explicitPath)) : join(root, DEFAULT_CONFIG_PATH);
  if (!existsSync(path)) {
    if (explicitPath) throw new ConfigNotFoundError(`config file not found: ${explicitPath}`);
    return { config: defaultConfig(), problems: [] };
  }
  // Relative to the root even when the config sits beside it (`../ims-gate.yml`): every path in a report is.
  const rel = relative(root, path);
  const file = isAbsolute(rel) ? toPosix(path) : toPosix(rel);
  // Decoded as the readers decode YAML: UTF-8 (BOM optional) or UTF-16 with a BOM; a binary or mis-encoded file is
  // one problem at the offending byte, not a misleading schema error on mojibake.
  const decoded = decodeBytes(file, readFileSync(path));
  if (!decoded.ok) return { config: { ...defaultConfig(), source: file }, problems: [{ ...decoded.problem, message: `invalid config: ${decoded.problem.message}` }] };
  return parseConfig(decoded.text, file);
}

export function parseConfig(text: string, file: string): LoadedConfig {
  const config = defaultConfig();
  config.source = file;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Positions from the text itself (as the manifest reader does): the parser's LineCounter misses the line breaks
    // inside a malformed token, which put the end of an error past the end of its line.
    const map = new LineMap(text);
    return {
      config,
      problems: doc.errors.map((error) => {
        const [start, end] = error.pos;
        return {
          message: `invalid config: YAML syntax error: ${error.message.split('\n')[0]}`,
          loc: start < text.length ? map.loc(file, start, Math.min(Math.max(end, start + 1), text.length)) : map.eofLoc(file),
        };
      }),
    };
  }
  const raw = (doc.toJS() ?? {}) as RawConfig;
  const validate = schemaValidator('config.schema.json');
  if (!validate(raw)) return { config, problems: schemaProblems(validate.errors, doc, lines, file, 'config', text) };
  const globs = globProblems(raw, doc, lines, file);
  if (globs.length > 0) return { config, problems: globs };

  if (raw.hosting) config.hosting = raw.hosting;
  config.instances = raw.instances ?? {};
  config.enterpriseDashboard = raw.enterpriseDashboard === undefined ? [] : [raw.enterpriseDashboard].flat();
  config.fields = raw.fields ?? {};
  config.imsAccountTypes = (raw.imsAccountTypes ?? []).map(String);
  config.rules = raw.rules ?? {};
  config.operatorGroups = raw.operatorGroups ?? [];
  config.include = raw.include ?? [];
  config.exclude = raw.exclude ?? [];
  if (raw.allowInlineSuppressions !== undefined) config.allowInlineSuppressions = raw.allowInlineSuppressions;
  if (raw.maxFileSize !== undefined) config.maxFileSizeBytes = raw.maxFileSize;
  return { config, problems: [] };
}

/** The config's glob lists, as [YAML path, globs]. */
function globLists(raw: RawConfig): [(string | number)[], string[]][] {
  const lists: [(string | number)[], string[]][] = [
    [['include'], raw.include ?? []],
    [['exclude'], raw.exclude ?? []],
  ];
  for (const [name, instance] of Object.entries(raw.instances ?? {})) lists.push([['instances', name, 'paths'], instance?.paths ?? []]);
  return lists;
}

/** At most 80 characters of a glob, for a message. */
function shown(glob: string): string {
  return JSON.stringify(glob.length > 80 ? `${glob.slice(0, 80)}…` : glob);
}

/**
 * Every glob that does not compile (unsupported syntax, too long: see src/util/glob.ts), at its line. Like a
 * schema error, it makes the config invalid as a whole: scanning with some globs dropped could skip files.
 */
function globProblems(raw: RawConfig, doc: Document, lines: LineCounter, file: string): ReadProblem[] {
  const problems: ReadProblem[] = [];
  for (const [path, globs] of globLists(raw)) {
    globs.forEach((glob, index) => {
      const compiled = compileGlob(glob);
      if (compiled.ok) return;
      const node = doc.getIn([...path, index], true) as Node | undefined;
      const [start, end] = node?.range ?? [0, 0];
      const from = lines.linePos(start);
      const to = lines.linePos(Math.max(start, end));
      problems.push({
        message: `invalid config: ${path.join('.')}[${index}] ${shown(glob)} is not a supported glob: ${compiled.reason}`,
        loc: { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col },
      });
    });
  }
  return problems;
}
