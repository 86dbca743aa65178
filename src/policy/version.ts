import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

let version: string | undefined;

export function toolVersion(): string {
  if (version) return version;
  try {
    version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    version = '0.0.0';
  }
  return version;
}

/** The git tag of this release (`v1.2.3`): what the pre-commit `rev` and the published schema URL name. */
export function releaseTag(): string {
  return `v${toolVersion()}`;
}

/** The action reference users write (`ims-gate/ims-gate@v1`): the major tag, which each release moves. */
export function actionRef(): string {
  return `ims-gate/ims-gate@v${toolVersion().split('.')[0]}`;
}

/** The config schema, as published with this release. */
export function configSchemaUrl(): string {
  return `https://raw.githubusercontent.com/ims-gate/ims-gate/${releaseTag()}/policies/schemas/config.schema.json`;
}
