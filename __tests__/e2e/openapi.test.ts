// The end-to-end tests are only as strict as their fake API: these cases prove that it rejects what GitHub would.
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from './fake-github.js';
import { OpenApiValidator } from './openapi.js';

let validator: OpenApiValidator;
beforeAll(() => {
  validator = new OpenApiValidator();
});

const q = (s = '') => new URLSearchParams(s);
const JSON_TYPE = 'application/json; charset=utf-8';
const annotation = { path: 'a.xml', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm', title: 't' };
const createBody = (annotations: object[]) => ({
  name: 'IMS policy gate',
  head_sha: 'abc',
  status: 'completed',
  conclusion: 'failure',
  output: { title: 't', summary: 's', annotations },
});

describe('OpenApiValidator', () => {
  it('accepts a conforming check-run creation', () => {
    const result = validator.validate('POST', '/repos/o/r/check-runs', q(), createBody([annotation]), JSON_TYPE);
    expect(result).toEqual({ operationId: 'checks/create', template: '/repos/{owner}/{repo}/check-runs', errors: [] });
  });

  it('rejects more than 50 annotations, a wrong level, and a missing head_sha', () => {
    expect(
      validator.validate('POST', '/repos/o/r/check-runs', q(), createBody(Array(51).fill(annotation)), JSON_TYPE).errors.join(),
    ).toMatch(/at most 50|maxItems|50 items/);
    expect(
      validator.validate('POST', '/repos/o/r/check-runs', q(), createBody([{ ...annotation, annotation_level: 'error' }]), JSON_TYPE)
        .errors,
    ).not.toEqual([]);
    const { head_sha: _, ...noSha } = createBody([]);
    expect(validator.validate('POST', '/repos/o/r/check-runs', q(), noSha, JSON_TYPE).errors.join()).toMatch(/head_sha/);
  });

  it('rejects a summary over 65535 characters', () => {
    const body = { ...createBody([]), output: { title: 't', summary: 'x'.repeat(65536) } };
    expect(validator.validate('POST', '/repos/o/r/check-runs', q(), body, JSON_TYPE).errors).not.toEqual([]);
  });

  it('rejects unknown endpoints, bad path parameters and unknown query parameters', () => {
    expect(validator.validate('POST', '/repos/o/r/annotations', q(), {}, JSON_TYPE).errors.join()).toMatch(/no such operation/);
    expect(
      validator.validate('PATCH', '/repos/o/r/check-runs/abc', q(), { output: { title: 't', summary: 's' } }, JSON_TYPE).errors.join(),
    ).toMatch(/check_run_id/);
    expect(
      validator.validate('GET', '/repos/o/r/issues/2/comments', q('per_page=100&sort=up'), undefined, undefined).errors.join(),
    ).toMatch(/unknown query parameter 'sort'/);
    expect(validator.validate('GET', '/repos/o/r/issues/2/comments', q('per_page=100&page=2'), undefined, undefined).errors).toEqual([]);
  });

  it('requires the body of a comment and the labels of addLabels to have the right shape', () => {
    expect(validator.validate('POST', '/repos/o/r/issues/2/comments', q(), {}, JSON_TYPE).errors.join()).toMatch(/body/);
    expect(validator.validate('POST', '/repos/o/r/issues/2/comments', q(), undefined, undefined).errors.join()).toMatch(/required/);
    expect(validator.validate('POST', '/repos/o/r/issues/2/labels', q(), { labels: ['ims-restart-required'] }, JSON_TYPE).errors).toEqual(
      [],
    );
    expect(validator.validate('DELETE', '/repos/o/r/issues/2/labels/ims-restart-required', q(), undefined, undefined).errors).toEqual([]);
  });
});

describe('FakeGitHub', () => {
  it('pages comments with Link headers and records violations', async () => {
    const server = new FakeGitHub(validator, { token: 't0k', owner: 'o', repo: 'r', seedComments: { 2: 130 } });
    await server.start();
    try {
      const headers = { authorization: 'token t0k' };
      const first = await fetch(`${server.apiUrl}/repos/o/r/issues/2/comments?per_page=100`, { headers });
      expect(((await first.json()) as unknown[]).length).toBe(100);
      const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
      expect(next).toMatch(/page=2/);
      const second = await fetch(next!, { headers });
      expect(((await second.json()) as unknown[]).length).toBe(30);
      expect(second.headers.get('link')).not.toMatch(/rel="next"/);
      expect(server.violations).toEqual([]);

      await fetch(`${server.apiUrl}/repos/o/r/check-runs`, {
        method: 'POST',
        headers: { authorization: 'token wrong', 'content-type': 'application/json' },
        body: '{"name":"x"}',
      });
      expect(server.violations.join('\n')).toMatch(/authorization header/);
      expect(server.violations.join('\n')).toMatch(/head_sha/);
    } finally {
      await server.stop();
    }
  });
});
