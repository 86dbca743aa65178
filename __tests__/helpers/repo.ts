// Test helpers: write a small repository to a temporary folder and scan it with the real pipeline.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { scan, type ScanOptions } from '../../src/pipeline.js';
import type { Finding, Report } from '../../src/types.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → content) under a new temporary folder and returns its path. */
export function writeRepo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'ims-gate-test-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export async function scanFiles(files: Record<string, string | Buffer>, options: Partial<ScanOptions> = {}): Promise<Report> {
  const root = writeRepo(files);
  return (await scan({ root, failOn: 'error', ...options })).report;
}

export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  /** Substring or pattern the message must contain/match. */
  message?: string | RegExp;
  severity?: Finding['severity'];
  ruleId?: string;
}

export interface RuleCase {
  name: string;
  files: Record<string, string>;
  /** Runtime secrets and other scan options. */
  options?: Partial<ScanOptions>;
}

export interface InvalidRuleCase extends RuleCase {
  errors: ExpectedFinding[];
}
