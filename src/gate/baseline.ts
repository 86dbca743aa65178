// The baseline: fingerprints of findings a repository already had when it adopted ims-gate.
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { readRegularFile } from '../util/regular-file.js';
import { dirname } from 'node:path';
import type { Finding } from '../types.js';

export const DEFAULT_BASELINE_PATH = '.github/ims-gate-baseline.json';

export interface BaselineFile {
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string; line: number; message: string }[];
}

export class BaselineError extends Error {}

export function readBaseline(path: string): Set<string> | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: BaselineFile;
  try {
    parsed = JSON.parse(readRegularFile(path).toString('utf8')) as BaselineFile; // never blocks on a FIFO
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${path}: ${(error as Error).message}`);
  }
  if (parsed?.version !== 1 || !Array.isArray(parsed.findings)) throw new BaselineError(`cannot read baseline ${path}: expected {"version": 1, "findings": [...]}`);
  return new Set(parsed.findings.map((entry) => String(entry.fingerprint)));
}

export function writeBaseline(path: string, findings: Finding[]): BaselineFile {
  const baseline: BaselineFile = {
    version: 1,
    findings: findings.map(({ fingerprint, ruleId, file, line, message }) => ({ fingerprint, ruleId, file, line, message })),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}
