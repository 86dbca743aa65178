// IMS scopes as Campaign and IMS write them: one string with the names separated by commas and/or white space.

/** The scope names of a scope field (`openid,AdobeID read_organizations`), in order, without duplicates. */
export function splitScopes(value: string): string[] {
  return [...new Set(value.split(/[\s,]+/).filter((scope) => scope !== ''))];
}
