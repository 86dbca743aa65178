// Secrets kept in the repository: how Campaign stores them, and how a supplied secret is compared with a hash.
// Nothing here returns or formats a secret value.
import { createHash } from 'node:crypto';

/** A Campaign-encrypted value: `@` followed by base64 (AES), e.g. `@57QS5VHMb9BCsojLVrKI/Q==`. */
const ENCRYPTED_VALUE = /^@[A-Za-z0-9+/]+=*$/;

/** A stored secret is acceptable when it is empty or Campaign-encrypted; anything else (incl. `__PLAINTEXT__…`) is plaintext. */
export function isPlaintextSecret(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && !ENCRYPTED_VALUE.test(trimmed);
}

/** serverConf `<ims>` attributes that hold secrets: every `authIMS*Secret` and `authIMSTAPrivateKey`. */
export function isServerConfSecretAttribute(name: string): boolean {
  return /^authIMS\w*Secret$/i.test(name) || /^authIMSTAPrivateKey$/i.test(name);
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Whether a secret matches an expected SHA-256 hex digest (case-insensitive, optional `sha256:` prefix). A trailing newline from a file or variable is forgiven. */
export function secretMatchesSha256(secret: string, expected: string): boolean {
  const digest = expected
    .trim()
    .replace(/^sha256:/i, '')
    .toLowerCase();
  return [secret, secret.trim()].some((candidate) => sha256Hex(candidate) === digest);
}
