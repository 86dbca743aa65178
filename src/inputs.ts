// Every action input, parsed and validated in one place. The runner does not enforce `required:` nor any
// value set, so each input is checked here and a bad one stops the run with a message naming the input,
// the value and what is expected. Secrets are masked before anything else can print them.
import * as core from '@actions/core';
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { FAIL_ON_LEVELS, type FailOn } from './types.js';
import type { RunContext } from './github/context.js';
import { BASE_REVISION_EXPECTED, baseRevisionProblem, quoteValue } from './util/git-ref.js';
import { irregularKind } from './util/regular-file.js';

/** The check run's default name (`check-name`): the one branch protection requires. */
export const CHECK_NAME = 'IMS policy gate';

const ANNOTATION_MODES = ['auto', 'checks', 'commands', 'none'] as const;
type AnnotationMode = (typeof ANNOTATION_MODES)[number];

/** Which findings become annotations and suggestions on a pull request (`annotate`); the verdict covers them all. */
export const ANNOTATE_MODES = ['all', 'changed-files', 'changed-lines'] as const;
export type AnnotateMode = (typeof ANNOTATE_MODES)[number];

/** The action's settings, after defaults and validation. */
export interface ActionSettings {
  /** Absolute scan root: the `path` input (default `.`) resolved against GITHUB_WORKSPACE. */
  root: string;
  /** Absolute config file (`config` input); undefined → the pipeline's default `.github/ims-gate.yml`. */
  configPath?: string;
  /** Lowest severity that fails the step (`fail-on`, default `error`). */
  failOn: FailOn;
  /**
   * Token for the GitHub API (`github-token`, default `${{ github.token }}`; GITHUB_TOKEN when the input is
   * absent). Undefined when empty → workflow commands and the job summary only.
   */
  token?: string;
  /**
   * Where annotations go (`annotations`, default `auto`):
   * - `auto`: a check run through the Checks API, falling back to workflow commands when it cannot be written;
   * - `checks`: the same, but a Checks API failure is raised as a warning annotation instead of a log line;
   * - `commands`: workflow commands only (no check run);
   * - `none`: no annotations (the summary, the comment and the verdict are unchanged).
   */
  annotations: AnnotationMode;
  /** Post/update the sticky PR comment (`comment`, default true). Only pull-request events have a PR. */
  comment: boolean;
  /** Label added when a Campaign restart is required and removed otherwise (`restart-label`); undefined → no label. */
  restartLabel?: string;
  /** Absolute path to write a SARIF file to (`sarif-file`); undefined → none. */
  sarifFile?: string;
  /** The IMS client secret (`client-secret`), for IMS009's hash check. Masked at once. */
  clientSecret?: string;
  /** Base revision for restart detection (`base-ref`; default the PR's or merge group's base SHA, or on push the previous tip). */
  baseRef?: string;
  /** The check run's name (`check-name`, default "IMS policy gate"): one per shard when a matrix splits the scan. */
  checkName: string;
  /** Fail when a restart is required and the PR lacks `restartPlannedLabel` (`require-restart-ack`, default false). */
  requireRestartAck: boolean;
  /** The label that acknowledges a planned restart (`restart-planned-label`, default `ims-restart-planned`). */
  restartPlannedLabel: string;
  /** Post a review with a suggestion per fixable finding on the PR's diff (`suggestions`, default true). */
  suggestions: boolean;
  /** On a pull request, annotate and suggest for all findings, those of changed files, or of changed lines (`annotate`, default `all`). */
  annotate: AnnotateMode;
}

/** An input the user got wrong. Its message is shown as is. */
export class InputError extends Error {
  override name = 'InputError';
}

function input(name: string): string {
  return core.getInput(name);
}

/** The input's variable as the runner sets it, or undefined when it is not set at all. */
function rawInput(name: string): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = input(name);
  if (raw === '') return fallback;
  const value = raw.toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid input '${name}': '${raw}'. Expected one of ${allowed.join(', ')}.`);
}

function bool(name: string, fallback: boolean): boolean {
  const raw = input(name);
  if (raw === '') return fallback;
  // The YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(`Invalid input '${name}': '${raw}'. Expected true or false.`);
}

function label(name: string, raw: string): string {
  if (raw.length > 50) throw new InputError(`Invalid input '${name}': '${raw}'. A GitHub label has at most 50 characters.`);
  if (/[\r\n]/.test(raw)) throw new InputError(`Invalid input '${name}': a label cannot span lines.`);
  return raw;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function path(name: string, base: string): string | undefined {
  const raw = input(name);
  if (raw === '') return undefined;
  if (raw.includes('\0')) throw new InputError(`Invalid input '${name}': the path contains a NUL character.`);
  return isAbsolute(raw) ? raw : resolve(base, raw);
}

/** Reads and validates all inputs. Throws InputError on the first invalid one. */
/** Why a config path is not a file, in plain words: it does not exist, or it is a folder, a FIFO, … */
function configKind(path: string): string {
  try {
    return `is ${irregularKind(statSync(path)) ?? 'not readable'}`;
  } catch {
    return 'does not exist';
  }
}

export function readSettings(ctx: RunContext): ActionSettings {
  // Secrets first, so that nothing below (not even an error message) can print them unmasked.
  const clientSecret = core.getInput('client-secret') || undefined;
  if (clientSecret) core.setSecret(clientSecret);
  // The token is not passed to core.setSecret: the runner already masks `${{ github.token }}` and every
  // `secrets.*` value, and `::add-mask::` would write the token itself to the step's stdout. ims-gate never
  // prints it, and scrubs it from everything it writes (see main.ts). When the input is absent altogether
  // (not run by the runner), GITHUB_TOKEN is used; an explicitly empty input means no token.
  const tokenInput = rawInput('github-token');
  const token = (tokenInput === undefined ? process.env.GITHUB_TOKEN : tokenInput.trim()) || undefined;

  const base = ctx.workspace;
  const root = path('path', base) ?? resolve(base);
  if (!isDirectory(root))
    throw new InputError(`Invalid input 'path': '${input('path')}'. Expected a folder to scan; '${root}' is not one.`);
  const failOn = oneOf('fail-on', FAIL_ON_LEVELS, 'error');
  const annotations = oneOf('annotations', ANNOTATION_MODES, 'auto');
  const comment = bool('comment', true);
  const suggestions = bool('suggestions', true);
  const annotate = oneOf('annotate', ANNOTATE_MODES, 'all');
  const requireRestartAck = bool('require-restart-ack', false);
  // Absent (no action.yml defaults applied) → the default label; explicitly empty → no label.
  const restartLabelInput = rawInput('restart-label') === undefined ? 'ims-restart-required' : input('restart-label');
  const restartLabel = restartLabelInput ? label('restart-label', restartLabelInput) : undefined;
  const restartPlannedLabel = label('restart-planned-label', input('restart-planned-label') || 'ims-restart-planned');
  const checkName = input('check-name') || CHECK_NAME;
  if (checkName.length > 100 || /[\x00-\x1f\x7f]/.test(checkName)) {
    throw new InputError(`Invalid input 'check-name': '${checkName.slice(0, 40)}'. Expected a name of at most 100 printable characters.`);
  }

  const baseRefInput = input('base-ref');
  // Checked before git sees it: no part of it may be read as an option (see util/git-ref.ts).
  const baseRefProblem = baseRefInput ? baseRevisionProblem(baseRefInput) : undefined;
  if (baseRefProblem)
    throw new InputError(`Invalid input 'base-ref': '${quoteValue(baseRefInput)}': ${baseRefProblem}. ${BASE_REVISION_EXPECTED}.`);
  const baseRef = baseRefInput || ctx.pullRequest?.baseSha || ctx.mergeGroup?.baseSha || ctx.pushBefore || undefined;

  // Checked here, before any API call: a missing config is a mistake in the workflow, not in the repository.
  const configPath = path('config', base);
  if (configPath !== undefined && !isFile(configPath)) {
    const what = configKind(configPath);
    throw new InputError(`Invalid input 'config': '${input('config')}'. Expected a config file; '${configPath}' ${what}.`);
  }

  return {
    root,
    configPath,
    failOn,
    token,
    annotations,
    comment,
    restartLabel,
    sarifFile: path('sarif-file', base),
    clientSecret,
    baseRef,
    requireRestartAck,
    restartPlannedLabel,
    checkName,
    suggestions,
    annotate,
  };
}
