// The baseline: fingerprints of findings a repository already had when it adopted ims-gate.
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { readRegularFile } from '../util/regular-file.js';
import { dirname } from 'node:path';
import type { Finding } from '../types.js';

export const DEFAULT_BASELINE_PATH = '.github/ims-gate-baseline.json';

/** Unreadable input (IMS000) is never accepted by a baseline: a file the gate cannot read must be fixed. */
export function isBaselinable(finding: Pick<Finding, 'ruleId'>): boolean {
  return finding.ruleId !== 'IMS000';
}

/**
 * The baseline file format. Version 2 (ims-gate 1.0): fingerprints of gate/fingerprint.ts `fingerprintOf`.
 * Version 1 (before 1.0): the legacy fingerprints, which `ims-gate baseline --migrate` rewrites.
 */
export const BASELINE_VERSION = 2;
const LEGACY_BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  line: number;
  message: string;
}

export interface BaselineFile {
  version: typeof BASELINE_VERSION | typeof LEGACY_BASELINE_VERSION;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

/** The baseline file at `path` as it is, of either version; undefined when there is none. */
export function readBaselineFile(path: string): BaselineFile | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: BaselineFile;
  try {
    parsed = JSON.parse(readRegularFile(path).toString('utf8')) as BaselineFile; // never blocks on a FIFO
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${path}: ${(error as Error).message}`);
  }
  const known = parsed?.version === BASELINE_VERSION || parsed?.version === LEGACY_BASELINE_VERSION;
  if (!known || !Array.isArray(parsed.findings)) {
    throw new BaselineError(`cannot read baseline ${path}: expected {"version": ${BASELINE_VERSION}, "findings": [...]}`);
  }
  return parsed;
}

export function isLegacyBaseline(baseline: BaselineFile): boolean {
  return baseline.version === LEGACY_BASELINE_VERSION;
}

/**
 * The fingerprints `check` accepts. A pre-1.0 baseline is refused rather than silently matching nothing (which
 * would fail every baselined finding as new): it says how to migrate it.
 */
export function readBaseline(path: string): Set<string> | undefined {
  const baseline = readBaselineFile(path);
  if (!baseline) return undefined;
  if (isLegacyBaseline(baseline)) {
    throw new BaselineError(
      `baseline ${path} was written by ims-gate before 1.0, whose fingerprints have changed; ` +
        'run `ims-gate baseline --migrate` to rewrite it (it keeps exactly the findings it accepted), then commit it',
    );
  }
  return new Set(baseline.findings.map((entry) => String(entry.fingerprint)));
}

export function writeBaseline(path: string, findings: Finding[]): BaselineFile {
  const baseline: BaselineFile = {
    version: BASELINE_VERSION,
    findings: findings.map(({ fingerprint, ruleId, file, line, message }) => ({ fingerprint, ruleId, file, line, message })),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}
