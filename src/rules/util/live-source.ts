// IMS000's findings about the live Admin Console source itself: it could not be read (a warning, or an error when
// `require:` names adminConsole), or a committed CSV export differs from it (a notice). Neither names a user.
import type { Config } from '../../config/types.js';
import type { Loc, MessageDiagnostic, Model } from '../../types.js';
import { quote } from '../../util/quote.js';
import { campaignRelevance, describeDiff, diffRows, isEmptyDiff, rowsOf } from './admin-console-diff.js';
import { liveExportOf, liveSourceLoc } from './live-admin-console.js';

function configuredAt(config: Config, file: string): Loc {
  const entry = config.inputs?.find((input) => input.kind === 'admin-console-csv' && input.path.replace(/^\.\//, '') === file);
  return entry?.loc ?? liveSourceLoc(config);
}

export function liveSourceDiagnostics(model: Model, config: Config): MessageDiagnostic[] {
  const status = model.liveAdminConsole;
  const source = config.adminConsole;
  if (!status || !source) return [];
  if ('problem' in status) {
    const fallback =
      model.dashboards.length > 0
        ? 'IMS004 and IMS005 checked the committed Admin Console exports instead'
        : 'IMS004 and IMS005 were not checked against the Admin Console';
    const hosts = [...new Set([source.imsUrl, source.umapiUrl].map((url) => new URL(url).host))].join(' and ');
    return [
      {
        loc: liveSourceLoc(config),
        severity: status.required ? 'error' : 'warning',
        messageId: 'adminConsoleNotRead',
        data: {
          problem: status.problem,
          fallback,
          clientIdEnv: source.clientIdEnv,
          clientSecretEnv: source.clientSecretEnv,
          orgId: quote(source.orgId),
          hosts,
        },
        field: 'adminConsole',
        subject: 'adminConsole',
      },
    ];
  }
  const live = liveExportOf(model);
  if (!live) return [];
  const relevant = campaignRelevance(model);
  const now = rowsOf(live.users, relevant);
  return status.replacedCsv.flatMap((exported): MessageDiagnostic[] => {
    const diff = diffRows(rowsOf(exported.users, relevant), now);
    if (isEmptyDiff(diff)) return [];
    return [
      {
        // At the config entry that names the export (or the adminConsole key), not in the CSV: a code frame of the
        // export would show its rows, which name users.
        loc: configuredAt(config, exported.file),
        severity: 'notice',
        messageId: 'adminConsoleCsvDrift',
        data: { file: exported.file, changes: describeDiff(diff) },
        field: 'adminConsole',
        subject: `drift\u0000${exported.file}`,
      },
    ];
  });
}
