import type { Config } from '../config/types.js';
import type { RuleMeta } from '../policy/rules.js';
import type { Diagnostic, Model } from '../types.js';

// The metadata is policy data, loaded by policy/, and a Diagnostic is what rules and restart detection both
// report, so both live below the rules; re-exported here for the rules that use them.
export type { Diagnostic, RuleMeta };

/** Secrets supplied at run time, never read from the repository. */
export interface RuntimeSecrets {
  clientSecret?: string;
}

export interface RuleContext {
  model: Model;
  config: Config;
  meta: RuleMeta;
  secrets: RuntimeSecrets;
  report(diagnostic: Diagnostic): void;
}

export interface Rule {
  id: string;
  check(context: RuleContext): void;
}
