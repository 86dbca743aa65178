// The action's entry point (dist/index.js): everything happens in run().
// payload-guard comes first: it must run before @actions/github is loaded (see there).
import { restoreEventPath } from './github/payload-guard.js';
import { run } from './main.js';

restoreEventPath();
await run();
