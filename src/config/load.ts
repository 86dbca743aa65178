// Loads .github/ims-gate.yml (or --config), validates it against policies/schemas/config.schema.json and
// reports every problem at its line. An invalid config never crashes the scan: its problems become IMS000.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { decodeBytes, LineMap } from '../util/text.js';
import type { ImsField, ReadProblem } from '../types.js';
import { schemaValidator } from '../policy/schemas.js';
import { fsErrorOf } from '../util/errors.js';
import { NotRegularFileError, readRegularFile } from '../util/regular-file.js';
import { fileLoc } from '../util/loc.js';
import { compileGlob } from '../util/glob.js';
import { toPosix } from '../util/paths.js';
import { aliasProblem } from '../util/yaml-aliases.js';
import { schemaProblems, trimmedEnd } from '../util/yaml-schema.js';
import { duplicateKeys } from '../util/yaml-keys.js';
import {
  ADMIN_CONSOLE_DEFAULTS,
  type AdminConsoleConfig,
  defaultConfig,
  type Config,
  type ConfiguredInput,
  type InstanceConfig,
  type RequireEntry,
  type RequireItem,
} from './types.js';

export const DEFAULT_CONFIG_PATH = '.github/ims-gate.yml';

interface LoadedConfig {
  config: Config;
  problems: ReadProblem[];
}

interface RawConfig {
  hosting?: Config['hosting'];
  instances?: Record<string, InstanceConfig>;
  enterpriseDashboard?: string | string[];
  adminConsole?: Partial<Omit<AdminConsoleConfig, 'loc'>>;
  fields?: Partial<Record<ImsField, string[]>>;
  imsAccountTypes?: (string | number)[];
  rules?: Config['rules'];
  operatorGroups?: string[];
  include?: string[];
  exclude?: string[];
  allowInlineSuppressions?: boolean;
  maxFileSize?: number;
  require?: RequireItem[];
  allowEmpty?: boolean;
}

/**
 * Thrown when the config file named explicitly (`--config`, the action's `config` input) cannot be used: missing,
 * a folder, unreadable. A usage error (exit 2): a scan with the defaults would check against the wrong policy.
 */
export class ConfigPathError extends Error {}
/** The former name of ConfigPathError. */
export { ConfigPathError as ConfigNotFoundError };

/** Every config problem's message starts with this. */
export const CONFIG_PROBLEM_PREFIX = 'invalid config: ';

/** The config's bytes, or the problem that kept them from being read (at the default path, a repository file). */
type ConfigBytes = { bytes: Buffer } | { problem: string } | { absent: true };

function readExplicitConfig(path: string, shown: string): ConfigBytes {
  if (!existsSync(path)) throw new ConfigPathError(`config file not found: ${shown}`);
  if (statSync(path).isDirectory()) throw new ConfigPathError(`config path is a folder, not a YAML file: ${shown}`);
  try {
    return { bytes: readRegularFile(path) };
  } catch (error) {
    if (error instanceof NotRegularFileError)
      throw new ConfigPathError(`config path ${shown} ${error.message}; expected the YAML config file`);
    throw new ConfigPathError(`cannot read config file ${shown}: ${fsErrorOf(error)?.reason ?? (error as Error).message}`);
  }
}

function readDefaultConfig(path: string): ConfigBytes {
  if (!existsSync(path)) return { absent: true };
  if (statSync(path).isDirectory()) return { problem: `${DEFAULT_CONFIG_PATH} is a folder; expected the YAML config file` };
  try {
    return { bytes: readRegularFile(path) };
  } catch (error) {
    if (error instanceof NotRegularFileError) return { problem: `${DEFAULT_CONFIG_PATH} ${error.message}; expected the YAML config file` };
    return { problem: `cannot read ${DEFAULT_CONFIG_PATH}: ${fsErrorOf(error)?.reason ?? (error as Error).message}` };
  }
}

export function loadConfig(root: string, explicitPath?: string): LoadedConfig {
  const path = explicitPath
    ? isAbsolute(explicitPath)
      ? explicitPath
      : join(process.cwd(), explicitPath)
    : join(root, DEFAULT_CONFIG_PATH);
  const read = explicitPath ? readExplicitConfig(path, explicitPath) : readDefaultConfig(path);
  if ('absent' in read) return { config: defaultConfig(), problems: [] };
  // Relative to the root even when the config sits beside it (`../ims-gate.yml`): every path in a report is.
  const rel = relative(root, path);
  const file = isAbsolute(rel) ? toPosix(path) : toPosix(rel);
  if ('problem' in read)
    return {
      config: { ...defaultConfig(), source: file },
      problems: [{ loc: fileLoc(file), message: CONFIG_PROBLEM_PREFIX + read.problem }],
    };
  // Decoded as the readers decode YAML: UTF-8 (BOM optional) or UTF-16 with a BOM; a binary or mis-encoded file is
  // one problem at the offending byte, not a misleading schema error on mojibake.
  const decoded = decodeBytes(file, read.bytes);
  if (!decoded.ok)
    return {
      config: { ...defaultConfig(), source: file },
      problems: [{ ...decoded.problem, message: CONFIG_PROBLEM_PREFIX + decoded.problem.message }],
    };
  return parseConfig(decoded.text, file);
}

export function parseConfig(text: string, file: string): LoadedConfig {
  const config = defaultConfig();
  config.source = file;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  // Duplicate keys are found in linear time (yaml's own check is quadratic in the size of a map).
  const errors = doc.errors.length > 0 ? doc.errors : duplicateKeys(doc);
  if (errors.length > 0) {
    // Positions from the text itself (as the manifest reader does): the parser's LineCounter misses the line breaks
    // inside a malformed token, which put the end of an error past the end of its line.
    const map = new LineMap(text);
    return {
      config,
      problems: errors.map((error) => {
        const [start, end] = error.pos;
        return {
          message: `${CONFIG_PROBLEM_PREFIX}YAML syntax error: ${error.message.split('\n')[0]}`,
          loc: start < text.length ? map.loc(file, start, Math.min(Math.max(end, start + 1), text.length)) : map.eofLoc(file),
        };
      }),
    };
  }
  const expanded = configValue(doc, text, file);
  if ('problem' in expanded) return { config, problems: [expanded.problem] };
  const raw = expanded.raw;
  const validate = schemaValidator('config.schema.json');
  if (!validate(raw)) return { config, problems: schemaProblems(validate.errors, doc, lines, file, 'config', text) };
  const globs = globProblems(raw, doc, lines, file);
  if (globs.length > 0) return { config, problems: globs };

  if (raw.hosting) config.hosting = raw.hosting;
  config.instances = raw.instances ?? {};
  config.enterpriseDashboard = raw.enterpriseDashboard === undefined ? [] : [raw.enterpriseDashboard].flat();
  if (raw.adminConsole) config.adminConsole = adminConsoleConfig(raw.adminConsole, doc, text, file);
  config.fields = raw.fields ?? {};
  config.imsAccountTypes = (raw.imsAccountTypes ?? []).map(String);
  config.rules = raw.rules ?? {};
  config.operatorGroups = raw.operatorGroups ?? [];
  config.include = raw.include ?? [];
  config.exclude = raw.exclude ?? [];
  if (raw.allowInlineSuppressions !== undefined) config.allowInlineSuppressions = raw.allowInlineSuppressions;
  if (raw.maxFileSize !== undefined) config.maxFileSizeBytes = raw.maxFileSize;
  config.inputs = configuredInputs(doc, text, file);
  if (raw.allowEmpty !== undefined) config.allowEmpty = raw.allowEmpty;
  config.require = requireEntries(doc, text, file);
  return { config, problems: [] };
}

/**
 * The config as JavaScript values, or the problem at the alias that would make expanding it unsafe (an alias bomb,
 * an unknown anchor, a cycle). aliasProblem bounds the expansion exactly, so the yaml package's own guard is off: its
 * count multiplies along chains of aliases and rejects a harmless chain of 15 single aliases, at no line.
 */
function configValue(doc: Document, text: string, file: string): { raw: RawConfig } | { problem: ReadProblem } {
  const map = new LineMap(text);
  const bad = aliasProblem(doc);
  if (bad) {
    const [start, end] = bad.alias.range ?? [0, 1];
    return { problem: { message: CONFIG_PROBLEM_PREFIX + bad.message, loc: map.loc(file, start, Math.max(end, start + 1)) } };
  }
  try {
    return { raw: (doc.toJS({ maxAliasCount: -1 }) ?? {}) as RawConfig };
  } catch (error) {
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    return { problem: { message: `${CONFIG_PROBLEM_PREFIX}cannot expand the YAML aliases: ${error.message}`, loc: fileLoc(file) } };
  }
}

/** The files the (valid) config names, each with the place of its value, so that a missing one is reported there. */
function configuredInputs(doc: Document.Parsed, text: string, file: string): ConfiguredInput[] {
  const map = new LineMap(text);
  const inputs: ConfiguredInput[] = [];
  // An alias stands for its anchor's value (`imsManifest: *shared`): the file it names is configured all the same.
  const resolved = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const add = (value: unknown, kind: ConfiguredInput['kind'], key: string): void => {
    const node = resolved(value);
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const [start, end] = (node as Node).range ?? [0, 0, 0];
    inputs.push({ path: node.value, kind, key, loc: map.loc(file, start, trimmedEnd(text, start, Math.max(start, end))) });
  };
  const instances = resolved(doc.get('instances', true));
  if (isMap(instances)) {
    for (const pair of instances.items) {
      const instance = resolved(pair.value);
      if (!isScalar(pair.key) || !isMap(instance)) continue;
      add(instance.get('imsManifest', true), 'ims-manifest', `instances.${String(pair.key.value)}.imsManifest`);
    }
  }
  const dashboards = resolved(doc.get('enterpriseDashboard', true));
  if (isSeq(dashboards)) for (const item of dashboards.items) add(item, 'admin-console-csv', 'enterpriseDashboard');
  else add(dashboards, 'admin-console-csv', 'enterpriseDashboard');
  return inputs;
}

/** `adminConsole:` with its defaults, and the place of its key (where a failure to read the source is reported). */
function adminConsoleConfig(
  raw: NonNullable<RawConfig['adminConsole']>,
  doc: Document.Parsed,
  text: string,
  file: string,
): AdminConsoleConfig {
  const map = new LineMap(text);
  const pair = isMap(doc.contents) ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'adminConsole') : undefined;
  const [start, end] = (pair?.key as Node | undefined)?.range ?? [0, 0];
  const loc = end > start ? map.loc(file, start, end) : fileLoc(file);
  // Trailing slashes go, so that `${imsUrl}/ims/token/v3` never holds `//`.
  const base = (url: string) => url.replace(/\/+$/, '');
  return {
    source: 'umapi',
    orgId: raw.orgId ?? '',
    clientIdEnv: raw.clientIdEnv ?? ADMIN_CONSOLE_DEFAULTS.clientIdEnv,
    clientSecretEnv: raw.clientSecretEnv ?? ADMIN_CONSOLE_DEFAULTS.clientSecretEnv,
    imsUrl: base(raw.imsUrl ?? ADMIN_CONSOLE_DEFAULTS.imsUrl),
    umapiUrl: base(raw.umapiUrl ?? ADMIN_CONSOLE_DEFAULTS.umapiUrl),
    ...(raw.budgetSeconds === undefined ? {} : { budgetSeconds: raw.budgetSeconds }),
    loc,
  };
}

/** The (valid) config's `require:` items, global then per instance, each at its list item. */
function requireEntries(doc: Document.Parsed, text: string, file: string): RequireEntry[] {
  const map = new LineMap(text);
  const resolved = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const entries: RequireEntry[] = [];
  const add = (list: unknown, key: string, instance?: string): void => {
    const seq = resolved(list);
    if (!isSeq(seq)) return;
    for (const item of seq.items) {
      const node = resolved(item);
      if (!isScalar(node) || typeof node.value !== 'string') continue;
      // An alias is reported at the alias (where the user wrote it), its value read from the anchor.
      const [start, end] = ((isAlias(item) ? item : node) as Node).range ?? [0, 0, 0];
      const loc = map.loc(file, start, trimmedEnd(text, start, Math.max(start, end)));
      entries.push({ item: node.value as RequireItem, key, loc, ...(instance === undefined ? {} : { instance }) });
    }
  };
  add(doc.get('require', true), 'require');
  const instances = resolved(doc.get('instances', true));
  if (isMap(instances)) {
    for (const pair of instances.items) {
      const instance = resolved(pair.value);
      if (!isScalar(pair.key) || !isMap(instance)) continue;
      const name = String(pair.key.value);
      add(instance.get('require', true), `instances.${name}.require`, name);
    }
  }
  return entries;
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
