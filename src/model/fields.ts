import type { Config } from '../config/types.js';
import { validPolicy } from '../policy/data.js';
import { compareStrings } from '../util/compare.js';
import { IMS_FIELDS, type ImsField, type Located } from '../types.js';

interface FieldPolicy {
  imsAccountTypes: string[];
  fields: Record<ImsField, string[]>;
  identifyingFields: ImsField[];
  genericAttributes: string[];
  ordinaryAttributes: string[];
}

let defaults: FieldPolicy | undefined;

function loadDefaults(): FieldPolicy {
  if (defaults) return defaults;
  const policy = validPolicy<FieldPolicy>('fields.yml', 'fields.schema.json');
  defaults = policy;
  return defaults;
}

/** The attribute → field mapping in force: policies/fields.yml, then the config's additions. */
export class FieldMapping {
  readonly attributesByField: Record<ImsField, string[]>;
  private readonly imsTypes: Set<string>;
  /** Attribute names that, present on an extAccount, make it the IMS account. */
  private readonly identifyingAttributes: Set<string>;
  /** Attribute names that hold an IMS field (mapped) or are known to hold none (ordinary). */
  private readonly knownAttributes: Set<string>;

  constructor(config: Pick<Config, 'fields' | 'imsAccountTypes'>) {
    const policy = loadDefaults();
    this.attributesByField = Object.fromEntries(
      IMS_FIELDS.map((field) => [field, [...(policy.fields[field] ?? []), ...(config.fields[field] ?? [])]]),
    ) as Record<ImsField, string[]>;
    this.imsTypes = new Set([...policy.imsAccountTypes, ...config.imsAccountTypes].map((type) => type.trim().toLowerCase()));
    const generic = new Set(policy.genericAttributes);
    this.identifyingAttributes = new Set(
      policy.identifyingFields.flatMap((field) => this.attributesByField[field]).filter((name) => !generic.has(name)),
    );
    this.knownAttributes = new Set([...Object.values(this.attributesByField).flat(), ...policy.ordinaryAttributes]);
  }

  /**
   * The attributes of an IMS account record that no field maps and that are no ordinary extAccount attribute
   * (nor package plumbing: `_operation`, `xmlns…`), sorted: they may hold IMS fields under names not mapped.
   */
  unmappedAttributes(attrs: Record<string, Located<string>>): string[] {
    return Object.keys(attrs)
      .filter((name) => !this.knownAttributes.has(name) && !name.startsWith('_') && !/^xmlns(:|$)/.test(name))
      .sort(compareStrings);
  }

  /** Maps a record's attributes to IMS fields; the first attribute name listed for a field wins. */
  mapFields(attrs: Record<string, Located<string>>): Partial<Record<ImsField, Located<string>>> {
    const fields: Partial<Record<ImsField, Located<string>>> = {};
    for (const field of IMS_FIELDS) {
      // Own attributes only: `in` would find `toString` or `constructor` (names a config may list) on Object.prototype.
      const name = this.attributesByField[field].find((attribute) => Object.hasOwn(attrs, attribute));
      if (name) fields[field] = attrs[name];
    }
    return fields;
  }

  /** The account is the IMS account by type, by internal name, by an IMS-only field, or by an ims* attribute. */
  isImsAccount(attrs: Record<string, Located<string>>, fields: Partial<Record<ImsField, Located<string>>>): boolean {
    const type = fields.type?.value.trim().toLowerCase();
    if (type !== undefined && this.imsTypes.has(type)) return true;
    if (fields.internalName?.value.trim() === 'Adobe_Marketing_Cloud') return true;
    return Object.keys(attrs).some((name) => this.identifyingAttributes.has(name) || /^ims[A-Z]/.test(name));
  }
}
