// What counts as a secret, for every stage that must not show one: readers' messages, restart changes, code frames.

/** Attribute or key names whose values are secrets (client secrets, passwords, private keys, tokens). */
const SECRET_NAME = /(secret|password|passwd|privatekey|private_key|token|credential)/i;

/** Hashes of secrets are not secrets, but a value that is not a hash where one is expected may be the secret itself. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !/sha256$/i.test(name);
}

/** Names whose values must never be quoted in a message: secrets, and hashes of secrets (a pasted secret). */
export function isSecretOrHashName(name: string): boolean {
  return SECRET_NAME.test(name) || /sha256$/i.test(name);
}
