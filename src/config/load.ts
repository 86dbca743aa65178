// Loads .github/ims-gate.yml (or --config), validates it against policies/schemas/config.schema.json and
// reports every problem at its line. An invalid config never crashes the scan: its problems become IMS000.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { decodeBytes, LineMap } from '../read/text.js';
import type { ImsField, ReadProblem } from '../types.js';
import { schemaValidator } from '../util/ajv.js';
import { toPosix } from '../util/paths.js';
import { schemaProblems, trimmedEnd } from '../util/yaml-schema.js';
import { defaultConfig, type Config, type ConfiguredInput, type InstanceConfig } from './types.js';

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
  config.inputs = configuredInputs(doc, text, file);
  return { config, problems: [] };
}

/** The files the (valid) config names, each with the place of its value, so that a missing one is reported there. */
function configuredInputs(doc: Document.Parsed, text: string, file: string): ConfiguredInput[] {
  const map = new LineMap(text);
  const inputs: ConfiguredInput[] = [];
  const add = (node: unknown, kind: ConfiguredInput['kind'], key: string): void => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const [start, end] = (node as Node).range ?? [0, 0, 0];
    inputs.push({ path: node.value, kind, key, loc: map.loc(file, start, trimmedEnd(text, start, Math.max(start, end))) });
  };
  const instances = doc.get('instances', true);
  if (isMap(instances)) {
    for (const pair of instances.items) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      add(pair.value.get('imsManifest', true), 'ims-manifest', `instances.${String(pair.key.value)}.imsManifest`);
    }
  }
  const dashboards = doc.get('enterpriseDashboard', true);
  if (isSeq(dashboards)) for (const item of dashboards.items) add(item, 'admin-console-csv', 'enterpriseDashboard');
  else add(dashboards, 'admin-console-csv', 'enterpriseDashboard');
  return inputs;
}
