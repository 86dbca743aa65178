// The rule registry: explicit and sorted by ID, as in ESLint. A new rule adds its import and its entry below, in ID order.
import type { Rule } from './types.js';
import { unreadableInputRule } from './unreadable-input.js';
import { singleImsAccountRule } from './single-ims-account.js';
import { productContextRule } from './product-context.js';
import { imsServerRule } from './ims-server.js';
import { associationMaskRule } from './association-mask.js';
import { operatorGroupsRule } from './operator-groups.js';
import { scopeSubsetRule } from './scope-subset.js';
import { callbackUrlRule } from './callback-url.js';
import { clientIdRule } from './client-id.js';
import { clientSecretRule } from './client-secret.js';
import { restartRequiredRule } from './restart-required.js';

export const rules: Rule[] = [
  unreadableInputRule,
  singleImsAccountRule,
  productContextRule,
  imsServerRule,
  associationMaskRule,
  operatorGroupsRule,
  scopeSubsetRule,
  callbackUrlRule,
  clientIdRule,
  clientSecretRule,
  restartRequiredRule,
];
