// The JSON schemas shipped in policies/schemas/, as validators: policy data, so with the rest of policy/.
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { policyPath } from './paths.js';

const compiled = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;

/** A validator for policies/schemas/<name>, compiled once, on first use (keeps cold start low). */
export function schemaValidator(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, strict: false, verbose: true, validateSchema: false, meta: false });
    validate = ajv.compile(JSON.parse(readFileSync(policyPath('schemas', name), 'utf8')) as object);
    compiled.set(name, validate);
  }
  return validate;
}
