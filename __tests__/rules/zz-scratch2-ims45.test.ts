import { it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { readAll } from '../../src/pipeline.js';
import { buildModel } from '../../src/model/build.js';
it('scratch2', async () => {
  const root = '/tmp/ims45/repo';
  const { config } = loadConfig(root);
  const read = readAll(root, config);
  const model = buildModel(read.results, config, 0);
  console.log(JSON.stringify(model.dashboards.map(d => ({ file: d.file, inst: d.instance, users: d.users.map(u => [u.email, u.loc.line, u.groups.map(g => g.value)]) }))));
  console.log(model.instances.map(i => [i.name, i.dashboards.length, i.dashboards[0] === model.dashboards[0]]));
});
