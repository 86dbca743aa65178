// IMS000: what the scan could not read or accept, at the parser's own location — the config's problems, candidate
// files that do not parse, problems found while building the model — and the files it did not read. The stages
// before the rules found them (ScanFacts); reporting them as a rule keeps one path from diagnostic to finding.
import type { ReadProblem, Severity } from '../types.js';
import { fileLoc } from '../util/loc.js';
import type { Diagnostic, Rule } from './types.js';

const HOSTED_MESSAGE =
  'hosting is "hosted": no IMS rule runs, because the IMS integration of hosted Campaign instances is managed by Adobe. Contact Adobe for IMS issues on hosted instances.';
const HOSTED_REMEDIATION =
  'Nothing to change in the repository. If the instances are on-premise or hybrid after all, set `hosting: on-premise` or `hosting: hybrid` in .github/ims-gate.yml so that the IMS rules run.';

/**
 * A problem as a diagnostic, as gate/findings.ts `problemFinding` makes it. The line is part of its identity (two
 * identical problems in one file stay two), which is safe because IMS000 is never baselined.
 */
export function problemDiagnostic(problem: ReadProblem, severity?: Severity): Diagnostic {
  return {
    loc: problem.loc,
    message: problem.message,
    severity,
    field: 'input',
    value: `${problem.loc.file}:${problem.loc.line}\0${problem.message}`,
  };
}

export const unreadableInputRule: Rule = {
  id: 'IMS000',
  subject: 'scan',
  check({ config, scan, report }) {
    for (const problem of scan.configProblems) report(problemDiagnostic(problem));
    if (config.hosting === 'hosted') {
      const loc = fileLoc(config.source ?? '.github/ims-gate.yml');
      report({ loc, message: HOSTED_MESSAGE, severity: 'notice', field: 'hosting', value: 'hosted', remediation: HOSTED_REMEDIATION });
    }
    for (const problem of scan.inputProblems) report(problemDiagnostic(problem));
    for (const skipped of scan.skipped) report(problemDiagnostic({ loc: fileLoc(skipped.path), message: skipped.reason }, 'notice'));
  },
};
