// The action's entry point (dist/index.js): everything happens in run(). @actions/github, which parses the event
// payload as soon as it is loaded, is only loaded by run() once the payload has been checked (github/octokit.ts).
import { run } from './main.js';

await run();
