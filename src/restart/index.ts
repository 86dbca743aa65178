// Restart detection: Campaign reads its IMS settings only when the server starts, so a change to them is live only
// after a restart. A semantic diff of the IMS settings between the base revision and the working tree finds those
// changes; each is a `restart.changes` entry and an IMS010 notice that names the instance and the command.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/types.js';
import type { Diagnostic, Loc, Model, ReadResult, RestartChange, RestartResult } from '../types.js';
import { EXT_ACCOUNT_SCHEMA, restartCommand } from '../util/campaign.js';
import { compareStrings } from '../util/compare.js';
import { fileLoc } from '../util/loc.js';
import { readBase } from './base.js';
import { changeLoc, diffSnapshots, toDiagnostic, toRestartChange, type SettingChange } from './diff.js';
import { instanceNames, isAccountKey, snapshotOf, type Snapshot } from './snapshot.js';

interface RestartInput {
  /** Absolute scan root. */
  root: string;
  baseRef?: string;
  config: Config;
  /** What the working tree yielded (every candidate file's read result) and its model. */
  headResults: ReadResult[];
  headModel: Model;
  /** Builds a model from read results (the same function the pipeline uses), with the base's config if it differs. */
  buildModel(results: ReadResult[], config?: Config): Model;
  /** Where a line about git's work goes (that the base is fetched); default standard error, the job log in CI. */
  log?: (line: string) => void;
}

function logToStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

export interface RestartOutcome {
  restart: RestartResult;
  /** IMS010 notices, one per changed setting, at the changed line. */
  diagnostics: Diagnostic[];
}

const NOT_REQUIRED: RestartResult = { required: false, instances: [], changes: [] };

function accountCount(snapshot: Snapshot): number {
  let count = 0;
  for (const key of snapshot.keys()) if (isAccountKey(key)) count++;
  return count;
}

/** The working-tree record that removes or only references an account (`_operation="delete"`), if any. */
function deletingRecord(headResults: ReadResult[], files: Set<string>, accountName: string | undefined): Loc | undefined {
  for (const result of headResults) {
    if (!files.has(result.file)) continue;
    const record = result.records?.find(
      (candidate) => candidate.schema === EXT_ACCOUNT_SCHEMA && candidate.attrs.name?.value.trim() === accountName,
    );
    if (record) return record.loc;
  }
  return undefined;
}

/**
 * Where a removal is reported in the working tree: the record or element that held the setting, when it is
 * still there; else the record that deletes the account; else the first line of the file that held it; when
 * that file is gone too, another file of the instance or its config; only as a last resort the base's place.
 */
function removalLocator(input: RestartInput, head: Snapshot, instance: string): (change: SettingChange) => Loc {
  const headFiles = new Set(input.headResults.map((result) => result.file));
  return (change) => {
    // Only removals come here, and a removal always has a base entry.
    const before = change.before as NonNullable<SettingChange['before']>;
    for (const entry of head.values()) if (entry.group === before.group) return entry.holder;
    const ownFiles = new Set(input.headModel.instances.find((candidate) => candidate.name === instance)?.files ?? []);
    ownFiles.add(before.loc.file);
    const deleting = before.accountName !== undefined ? deletingRecord(input.headResults, ownFiles, before.accountName) : undefined;
    if (deleting) return deleting;
    if (headFiles.has(before.loc.file) || existsSync(join(input.root, before.loc.file))) return fileLoc(before.loc.file);
    // The file is gone: a place that exists in the working tree, so that the notice can be annotated and linked —
    // another file of the instance, else the config that declares it; only then the base revision's place.
    const remaining = [...ownFiles].filter((file) => file !== before.loc.file && headFiles.has(file)).sort();
    if (remaining.length > 0) return fileLoc(remaining[0]);
    if (input.config.source && Object.hasOwn(input.config.instances, instance) && existsSync(join(input.root, input.config.source)))
      return fileLoc(input.config.source);
    return before.loc;
  };
}

/** Changes of one instance in file order (the head place, or the base place of a removal). */
function byPlace(a: SettingChange, b: SettingChange): number {
  const x = (a.after ?? a.before)?.loc;
  const y = (b.after ?? b.before)?.loc;
  if (!x || !y) return 0;
  return compareStrings(x.file, y.file) || x.line - y.line || x.column - y.column || compareStrings(a.key, b.key);
}

/** Compares two models and reports every IMS setting that differs, per instance. */
export function compareModels(input: RestartInput, baseModel: Model, headModel: Model = input.headModel): RestartOutcome {
  const names = [...new Set([...instanceNames(baseModel), ...instanceNames(headModel)])].sort();
  const changes: RestartChange[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const base = snapshotOf(baseModel, name);
    const head = snapshotOf(headModel, name);
    const found = diffSnapshots(name, base, head).sort(byPlace);
    const options = {
      nameAccount: Math.max(accountCount(base), accountCount(head)) > 1,
      removalLoc: removalLocator(input, head, name),
      commands: input.config,
    };
    for (const change of found) {
      changes.push(toRestartChange(change, changeLoc(change, options)));
      diagnostics.push(toDiagnostic(change, options));
    }
  }
  const instances = [...new Set(changes.map((change) => change.instance))];
  const commands = Object.fromEntries(instances.map((name) => [name, restartCommand(name, input.config)]));
  return { restart: { required: changes.length > 0, instances, changes, ...(instances.length > 0 ? { commands } : {}) }, diagnostics };
}

/**
 * A file that cannot be read on one side says nothing about what changed in it: both sides then take the
 * readable version (or neither has it), so that an unreadable file is reported once, as IMS000, and never
 * as a removed account.
 */
function withoutUnreadable(head: ReadResult[], base: ReadResult[]): { head: ReadResult[]; base: ReadResult[] } {
  const unreadable = new Set([...head, ...base].filter((result) => result.problems.length > 0).map((result) => result.file));
  if (unreadable.size === 0) return { head, base };
  const readable = new Map([...base, ...head].filter((result) => result.problems.length === 0).map((result) => [result.file, result]));
  const substitute = (results: ReadResult[]) =>
    results.map((result) => (unreadable.has(result.file) ? (readable.get(result.file) ?? result) : result));
  const missing = (results: ReadResult[]) =>
    [...readable.values()].filter((result) => unreadable.has(result.file) && !results.some((other) => other.file === result.file));
  return { head: [...substitute(head), ...missing(head)], base: [...substitute(base), ...missing(base)] };
}

export function detectRestart(input: RestartInput): RestartOutcome {
  // No base: nothing to compare with, whether or not the root is a git repository.
  if (!input.baseRef) return { restart: { ...NOT_REQUIRED }, diagnostics: [] };
  try {
    const base = readBase(input.root, input.baseRef, input.config, input.headResults, input.log ?? logToStderr);
    if ('skipped' in base) return { restart: { ...NOT_REQUIRED, skipped: base.skipped }, diagnostics: [] };
    const sides = withoutUnreadable(input.headResults, base.results);
    const headModel = sides.head === input.headResults ? input.headModel : input.buildModel(sides.head);
    return compareModels(input, input.buildModel(sides.base, base.config), headModel);
  } catch (error) {
    // Restart detection is advisory: a bug here must not take the whole scan down.
    return {
      restart: { ...NOT_REQUIRED, skipped: `restart detection failed: ${(error as Error).message}. Restart detection skipped.` },
      diagnostics: [],
    };
  }
}
