// The live Admin Console in the model: when UMAPI was read, its users replace the CSV exports for every instance
// (the CSV exports are kept aside, to be compared with it); when it was not, the CSV exports stay in use and the
// model records why the live source is missing.
import type { DashboardExport, LiveProfile, Model } from '../types.js';

export type LiveInput =
  | { ok: true; readAt: string; export: DashboardExport; profiles: LiveProfile[] }
  | { ok: false; problem: string; required: boolean };

export function attachLiveAdminConsole(model: Model, live: LiveInput): void {
  if (!live.ok) {
    model.liveAdminConsole = { kind: 'umapi', problem: live.problem, required: live.required };
    return;
  }
  const replacedCsv = model.dashboards.filter((exported) => exported.origin !== 'live');
  model.dashboards = [live.export];
  for (const instance of model.instances) instance.dashboards = [live.export];
  model.liveAdminConsole = { kind: 'umapi', readAt: live.readAt, users: live.export.users.length, profiles: live.profiles, replacedCsv };
}
