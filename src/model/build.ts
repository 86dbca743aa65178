// Builds one model per Campaign instance from what the readers yielded.
import type { Config } from '../config/types.js';
import type { DashboardExport, ImsAccount, Instance, Model, OperatorGroup, ReadResult } from '../types.js';
import { FieldMapping } from './fields.js';
import { DEFAULT_INSTANCE, InstanceResolver, instanceFromFileName } from './instances.js';
import { recordOperation } from './operation.js';
import { appendAll } from '../util/arrays.js';
import { EXT_ACCOUNT_SCHEMA, GROUP_SCHEMA } from '../util/campaign.js';
import { compareStrings } from '../util/compare.js';

/** Records that only reference or remove an entity define nothing. */
function definesEntity(attrs: Record<string, { value: string }>): boolean {
  const operation = recordOperation(attrs);
  return operation !== 'delete' && operation !== 'none';
}

function emptyInstance(name: string, url?: string): Instance {
  return { name, url, accounts: [], groups: [], serverConfs: [], manifests: [], dashboards: [], files: [], unreadable: [] };
}

/**
 * `fallbackInstance` forces where files without an instance go; restart detection passes the working tree's
 * choice when it builds the base revision, so that both sides put the same files in the same instance.
 */
export function buildModel(results: ReadResult[], config: Config, fallbackInstance?: string): Model {
  const mapping = new FieldMapping(config);
  const resolver = new InstanceResolver(config);
  const instances = new Map<string, Instance>();
  const sharedDashboards = new Set(config.enterpriseDashboard.map((path) => path.replace(/^\.\//, '')));
  const dashboards: DashboardExport[] = [];
  const model: Model = { instances: [], fallbackInstance: DEFAULT_INSTANCE, dashboards, suppressions: [], problems: [] };

  for (const [name, instance] of Object.entries(config.instances)) instances.set(name, emptyInstance(name, instance.url));
  const instanceNamed = (name: string): Instance => {
    let instance = instances.get(name);
    if (!instance) {
      instance = emptyInstance(name);
      instances.set(name, instance);
    }
    return instance;
  };

  const assigned = results.map((result) => {
    const hint = result.manifest?.instance?.value.trim() || (result.kind === 'server-conf' ? instanceFromFileName(result.file) : undefined);
    return { result, assignment: resolver.resolve(result.file, hint) };
  });
  // A repository of one named instance (say a manifest with `instance: prod` next to packages at the root)
  // is that instance throughout; "default" only exists beside several instances or none.
  const named = new Set(assigned.flatMap(({ assignment }) => (assignment.instance ? [assignment.instance] : [])));
  const fallback = fallbackInstance ?? (Object.keys(config.instances).length === 0 && named.size === 1 ? [...named][0] : DEFAULT_INSTANCE);
  model.fallbackInstance = fallback;

  for (const { result, assignment } of assigned) {
    appendAll(model.suppressions, result.suppressions);
    appendAll(model.problems, result.problems);

    if (result.dashboard) {
      // An export belongs to one instance only when placed there; otherwise every instance sees it.
      const own =
        assignment.by === 'config' || (assignment.by === 'folder' && !sharedDashboards.has(result.file)) ? assignment.instance : undefined;
      const exported: DashboardExport = { file: result.file, instance: own, users: result.dashboard.users };
      dashboards.push(exported);
      if (own) instanceNamed(own).files.push(result.file);
      continue;
    }

    const instance = instanceNamed(assignment.instance ?? fallback);
    instance.files.push(result.file);
    if (result.problems.length > 0 && !result.records && !result.serverConf && !result.manifest) instance.unreadable.push(result.file);
    for (const record of result.records ?? []) {
      if (!definesEntity(record.attrs)) continue;
      if (record.schema === EXT_ACCOUNT_SCHEMA) {
        const fields = mapping.mapFields(record.attrs);
        if (!mapping.isImsAccount(record.attrs, fields)) continue;
        const account: ImsAccount = { instance: instance.name, file: result.file, loc: record.loc, fields, attrs: record.attrs };
        instance.accounts.push(account);
      } else if (record.schema === GROUP_SCHEMA && record.attrs.name) {
        const group: OperatorGroup = {
          instance: instance.name,
          file: result.file,
          loc: record.loc,
          name: record.attrs.name,
          label: record.attrs.label,
        };
        instance.groups.push(group);
      }
    }
    if (result.serverConf) {
      instance.serverConfs.push({
        instance: instance.name,
        file: result.file,
        scope: instanceFromFileName(result.file) ? 'instance' : 'shared',
        data: result.serverConf,
      });
    }
    if (result.manifest) {
      const { instance: declaredInstance, ...manifest } = result.manifest;
      instance.manifests.push({ ...manifest, declaredInstance, instance: instance.name, file: result.file });
    }
  }

  for (const instance of instances.values()) {
    instance.dashboards = dashboards.filter((exported) => exported.instance === undefined || exported.instance === instance.name);
  }
  model.instances = [...instances.values()]
    .filter((instance) => instance.name !== DEFAULT_INSTANCE || instance.files.length > 0)
    .sort((a, b) => compareStrings(a.name, b.name));
  return model;
}
