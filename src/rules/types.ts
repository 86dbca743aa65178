import type { Config } from '../config/types.js';
import type { RuleMeta } from '../policy/rules.js';
import type { Loc, Model, RelatedLocation, Severity } from '../types.js';

// The metadata is policy data, loaded by policy/; re-exported here for the rules that describe themselves.
export type { RuleMeta };

/** Secrets supplied at run time, never read from the repository. */
export interface RuntimeSecrets {
  clientSecret?: string;
}

export interface Diagnostic {
  loc: Loc;
  message: string;
  instance?: string;
  /** The field the finding is about; part of the fingerprint. */
  field?: string;
  /** The normalised offending value; hashed into the fingerprint. Never pass a secret. */
  value?: string;
  related?: RelatedLocation[];
  /** Replaces the metadata's remediation when the fix depends on the case. */
  remediation?: string;
  /** For rules that emit more than one level (IMS005's unmapped-user warning). */
  severity?: Severity;
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
