import type { Config } from '../config/types.js';
import type { MessageTemplate, RuleMeta } from '../policy/rules.js';
import type { CoverageStatement } from './util/coverage.js';
import type { Diagnostic, InlineDiagnostic, MessageDiagnostic, Model, ReadProblem, RuleDiagnostic } from '../types.js';

// The metadata is policy data, loaded by policy/, and diagnostics are what rules and restart detection both
// report, so both live below the rules; re-exported here for the rules that use them.
export type { Diagnostic, InlineDiagnostic, MessageDiagnostic, MessageTemplate, RuleDiagnostic, RuleMeta };

/** Secrets supplied at run time, never read from the repository. */
export interface RuntimeSecrets {
  clientSecret?: string;
}

/**
 * What the stages before the rules found about the scan itself, besides the model. IMS000 reports the problems
 * and skipped files, IMS010 the restart notices; the other rules check the model.
 */
export interface ScanFacts {
  /** Problems of the config file (an unknown key, a configured path that does not exist). */
  configProblems: ReadProblem[];
  /** Candidate files that could not be read, then problems found while building the model, in that order. */
  inputProblems: ReadProblem[];
  /** Files and folders the scan did not read, and why (reported as notices). */
  skipped: { path: string; reason: string }[];
  /** Restart detection's notices, one per changed IMS setting; empty unless a rule that uses them runs. */
  restartNotices: InlineDiagnostic[];
  /** Whether restart detection compared the IMS settings with a base revision. */
  restartCompared?: boolean;
  /** Why restart detection did not compare (no git, base revision missing), when it was asked to. */
  restartSkipped?: string;
  /** The scan root as the user gave it (`path`), for messages about the scan as a whole. */
  root?: string;
}

/**
 * What a rule's check sees. Rules report messageIds (MessageDiagnostic); `D` only lets a test or helper narrow it.
 */
export interface RuleContext<D extends RuleDiagnostic = MessageDiagnostic> {
  /** The IMS configuration; empty for `scan` rules when `hosting: hosted`, where no file is read. */
  model: Model;
  config: Config;
  meta: RuleMeta;
  secrets: RuntimeSecrets;
  scan: ScanFacts;
  report(diagnostic: D): void;
  /**
   * States what the rule did for an instance (by name): checked, skipped with its reason, or not applicable. Every
   * rule states it for every instance of the model; the pipeline reports an instance left unstated as a rule bug.
   */
  cover(instance: string, statement: CoverageStatement): void;
}

export interface Rule {
  id: string;
  /**
   * What the rule checks. `model` (the default): the IMS configuration, so it runs only where IMS rules apply
   * (not with `hosting: hosted`). `scan`: the scan itself (its config, the files it could not read), so it always runs.
   */
  subject?: 'model' | 'scan';
  /** The rule reports `scan.restartNotices`: restart detection (a diff with the base revision) runs only for such a rule. */
  usesRestartDetection?: boolean;
  check(context: RuleContext<RuleDiagnostic>): void;
}
