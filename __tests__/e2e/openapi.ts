// Validates HTTP requests against GitHub's official OpenAPI description (@octokit/openapi): the operation
// must exist for the method and path, path and query parameters must match their schemas, and the JSON body
// must match the operation's request body schema. $refs are resolved here, per operation, on first use.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = any;

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  op: Json;
  pathItem: Json;
}

export interface ValidationResult {
  operationId?: string;
  template?: string;
  errors: string[];
}

let cachedSpec: Json | undefined;

/** The description of api.github.com shipped by @octokit/openapi (not dereferenced; refs resolved below). */
export function loadSpec(): Json {
  if (!cachedSpec) cachedSpec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
  return cachedSpec;
}

export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly spec: Json = loadSpec()) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    for (const [template, pathItem] of Object.entries<Json>(spec.paths)) {
      const names: string[] = [];
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const literalSegments = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        if (pathItem[method]) {
          this.operations.push({
            method: method.toUpperCase(),
            template,
            regex: new RegExp(`^${pattern}$`),
            names,
            literalSegments,
            op: pathItem[method],
            pathItem,
          });
        }
      }
    }
  }

  /** Resolves every local $ref under `node` (with a guard against recursive schemas). */
  private resolve(node: Json, stack: string[] = []): Json {
    if (Array.isArray(node)) return node.map((child) => this.resolve(child, stack));
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      const ref: string = node.$ref;
      if (stack.includes(ref)) return {};
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((value: Json, key: string) => value?.[key], this.spec);
      if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
      return this.resolve(target, [...stack, ref]);
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, this.resolve(value, stack)]));
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile(this.resolve(schema));
      this.compiled.set(key, fn);
    }
    return fn;
  }

  private find(method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined {
    let best: { operation: Operation; params: Record<string, string> } | undefined;
    for (const operation of this.operations) {
      if (operation.method !== method) continue;
      const match = operation.regex.exec(path);
      if (!match) continue;
      if (best && best.operation.literalSegments >= operation.literalSegments) continue;
      const params: Record<string, string> = {};
      for (const [i, name] of operation.names.entries()) params[name] = decodeURIComponent(match[i + 1]);
      best = { operation, params };
    }
    return best;
  }

  /** Validates one request. `body` is the parsed JSON body, or undefined when there is none. */
  validate(method: string, path: string, query: URLSearchParams, body: unknown, contentType: string | undefined): ValidationResult {
    const found = this.find(method, path);
    if (!found) return { errors: [`${method} ${path}: no such operation in GitHub's REST API description`] };
    const { operation, params } = found;
    const errors: string[] = [];
    const where = `${method} ${operation.template}`;
    const parameters: Json[] = [...(operation.pathItem.parameters ?? []), ...(operation.op.parameters ?? [])].map((p) => this.resolve(p));

    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      const raw = params[parameter.name];
      const value = parameter.schema?.type === 'integer' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
      const fn = this.validator(`${where} path ${parameter.name}`, parameter.schema ?? {});
      if (!fn(value)) errors.push(`${where}: path parameter ${parameter.name}=${raw}: ${this.ajv.errorsText(fn.errors)}`);
    }
    const queryParameters = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const [name, raw] of query) {
      const parameter = queryParameters.get(name);
      if (!parameter) {
        errors.push(`${where}: unknown query parameter '${name}'`);
        continue;
      }
      const type = parameter.schema?.type;
      const value = type === 'integer' && /^-?\d+$/.test(raw) ? Number(raw) : type === 'boolean' ? raw === 'true' : raw;
      const fn = this.validator(`${where} query ${name}`, parameter.schema ?? {});
      if (!fn(value)) errors.push(`${where}: query parameter ${name}=${raw}: ${this.ajv.errorsText(fn.errors)}`);
    }
    for (const parameter of queryParameters.values()) {
      if (parameter.required && !query.has(parameter.name)) errors.push(`${where}: missing required query parameter ${parameter.name}`);
    }

    const requestBody = operation.op.requestBody ? this.resolve(operation.op.requestBody) : undefined;
    const schema = requestBody?.content?.['application/json']?.schema;
    if (body === undefined) {
      if (requestBody?.required) errors.push(`${where}: the request body is required`);
    } else if (!schema) {
      errors.push(`${where}: this operation takes no JSON body, but one was sent`);
    } else {
      if (!/^application\/json\b/.test(contentType ?? ''))
        errors.push(`${where}: content-type is '${contentType}', expected application/json`);
      const fn = this.validator(`${where} body`, schema);
      if (!fn(body)) errors.push(`${where}: body does not match the schema: ${this.ajv.errorsText(fn.errors, { separator: '; ' })}`);
    }
    return { operationId: operation.op.operationId, template: operation.template, errors };
  }
}
