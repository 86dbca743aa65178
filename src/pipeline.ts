// The one pipeline: discover → read → model → rules → findings → gate. Reporters run after it, on its Report.
import type { RuntimeSecrets } from './rules/types.js';
import type { FailOn, Report } from './types.js';

export interface ScanOptions {
  /** Scan root (absolute, or relative to the working directory). */
  root: string;
  /** Explicit config file; default `<root>/.github/ims-gate.yml` when it exists. */
  configPath?: string;
  failOn: FailOn;
  /** Git ref of the base revision, for restart detection. */
  baseRef?: string;
  secrets?: RuntimeSecrets;
  /** Run only these rules (used by `explain`). */
  onlyRules?: string[];
  /** Baseline file; default `<root>/.github/ims-gate-baseline.json` when it exists. */
  baselinePath?: string;
}

export interface ScanOutcome {
  report: Report;
  /** True when the config file itself was invalid (the CLI exits 2). */
  configInvalid: boolean;
}

export async function scan(_options: ScanOptions): Promise<ScanOutcome> {
  throw new Error('not implemented yet');
}
