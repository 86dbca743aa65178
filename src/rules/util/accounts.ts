// Which IMS account records of an instance are "the" IMS account (the one the guide's checks are about).
import type { ImsAccount, ImsField, Instance, Located } from '../../types.js';

/** The internal name the guide requires for the one IMS external account. */
export const IMS_ACCOUNT_NAME = 'Adobe_Marketing_Cloud';

/** The account's internal name as written, or undefined when the record has none. */
export function internalNameOf(account: ImsAccount): string | undefined {
  return account.fields.internalName?.value;
}

/**
 * The records of an instance's IMS account, in file order. Records sharing an internal name are one Campaign
 * record (the name is the key), e.g. a base package and a later update. The account named
 * Adobe_Marketing_Cloud wins; otherwise the first account in file order. Empty when the instance has none.
 */
export function primaryAccountRecords(instance: Instance): ImsAccount[] {
  const accounts = instance.accounts;
  if (accounts.length === 0) return [];
  const named = accounts.filter((account) => internalNameOf(account) === IMS_ACCOUNT_NAME);
  if (named.length > 0) return named;
  const first = accounts[0];
  const name = internalNameOf(first);
  return name === undefined ? [first] : accounts.filter((account) => internalNameOf(account) === name);
}

/** Every record of the account that sets `field`, with its value. */
export function fieldValues(records: ImsAccount[], field: ImsField): { account: ImsAccount; value: Located<string> }[] {
  const values: { account: ImsAccount; value: Located<string> }[] = [];
  for (const account of records) {
    const value = account.fields[field];
    if (value) values.push({ account, value });
  }
  return values;
}
