// IMS011 unmapped-attributes: the attributes of an IMS account record that the field mapping does not map and that
// are no ordinary extAccount attribute, listed by name in one notice per record: they may hold IMS fields under a
// name ims-gate does not know, whose checks then do not run. Never a value (an unknown attribute may be a secret).
import { DEFAULT_CONFIG_PATH } from '../config/load.js';
import { FieldMapping } from '../model/fields.js';
import type { Rule } from './types.js';
import { CHECKED, NO_ACCOUNT } from './util/coverage.js';

export const unmappedAttributesRule: Rule = {
  id: 'IMS011',
  check(context) {
    const mapping = new FieldMapping(context.config);
    for (const instance of context.model.instances) {
      context.cover(instance.name, instance.accounts.length > 0 ? CHECKED : NO_ACCOUNT);
      for (const account of instance.accounts) {
        const names = mapping.unmappedAttributes(account.attrs);
        if (names.length === 0) continue;
        context.report({
          loc: account.loc,
          messageId: 'unmappedAttributes',
          data: {
            attributes: names.map((name) => `\`${name}\``).join(', '),
            instance: instance.name,
            config: context.config.source ?? DEFAULT_CONFIG_PATH,
            example: names[0],
          },
          instance: instance.name,
          field: 'attributes',
          subject: `${account.fields.internalName?.value ?? ''}\0${names.join(',')}`,
        });
      }
    }
  },
};
