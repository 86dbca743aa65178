// What every end-to-end file of the action sets up the same way: one OpenAPI validator, loopback GitHub APIs
// started on demand and stopped after the file, and the temporary folders to remove then.
import { afterAll, beforeAll } from 'vitest';
import { FakeGitHub, type FakeGitHubOptions } from './fake-github.js';
import { cleanup, TOKEN } from './harness.js';
import { OpenApiValidator } from './openapi.js';

export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';

export interface E2eSession {
  /** Folders removed after the file's tests. */
  dirs: string[];
  /** A started loopback API (default Codertocat/Hello-World, the runner's token), stopped after the file's tests. */
  github(options?: Partial<FakeGitHubOptions>): Promise<FakeGitHub>;
}

/** Registers the file's beforeAll/afterAll; call it once at the top level of a test file. */
export function e2eSession(): E2eSession {
  let validator: OpenApiValidator;
  const dirs: string[] = [];
  const servers: FakeGitHub[] = [];
  beforeAll(() => {
    validator = new OpenApiValidator();
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    cleanup(...dirs);
  });
  return {
    dirs,
    async github(options = {}) {
      const server = new FakeGitHub(validator, { token: TOKEN, owner: OWNER, repo: REPO, ...options });
      await server.start();
      servers.push(server);
      return server;
    },
  };
}
