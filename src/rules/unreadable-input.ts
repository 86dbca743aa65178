// IMS000: what the scan could not read or accept, at the parser's own location — the config's problems, candidate
// files that do not parse, problems found while building the model — and the files it did not read. The stages
// before the rules found them (ScanFacts); reporting them as a rule keeps one path from diagnostic to finding.
import type { ReadProblem, Severity } from '../types.js';
import { fileLoc } from '../util/loc.js';
import type { MessageDiagnostic, Rule } from './types.js';
import { liveSourceDiagnostics } from './util/live-source.js';
import { CHECKED } from './util/coverage.js';
import { nothingFound } from './util/nothing-found.js';

/**
 * A problem of the input as IMS000's `problem` message (its text comes from the stage that found it). The
 * problem's location and text are its subject (two identical problems in one file stay two), which is safe
 * because IMS000 is never baselined. gate/findings.ts `problemFinding` makes the gate's own problems this way.
 */
export function problemDiagnostic(problem: ReadProblem, severity?: Severity, instance?: string): MessageDiagnostic {
  return {
    loc: problem.loc,
    messageId: 'problem',
    data: { problem: problem.message },
    severity,
    instance,
    field: 'input',
    subject: `${problem.loc.file}:${problem.loc.line}\0${problem.message}`,
  };
}

export const unreadableInputRule: Rule = {
  id: 'IMS000',
  subject: 'scan',
  check({ config, model, scan, report, cover }) {
    // It reads every candidate file of every instance, whatever the instance holds.
    for (const instance of model.instances) cover(instance.name, CHECKED);
    for (const problem of scan.configProblems) report(problemDiagnostic(problem));
    if (config.hosting === 'hosted') {
      report({
        loc: fileLoc(config.source ?? '.github/ims-gate.yml'),
        messageId: 'hosted',
        severity: 'notice',
        field: 'hosting',
        subject: 'hosted',
      });
    }
    for (const problem of scan.inputProblems) report(problemDiagnostic(problem));
    for (const diagnostic of liveSourceDiagnostics(model, config)) report(diagnostic);
    for (const skipped of scan.skipped) report(problemDiagnostic({ loc: fileLoc(skipped.path), message: skipped.reason }, 'notice'));
    const empty = nothingFound(config, model, scan);
    if (empty) report(empty);
  },
};
