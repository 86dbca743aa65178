// Imported first by the action's entry point, for one side effect. @actions/github (behind the API client)
// parses GITHUB_EVENT_PATH as soon as it is loaded, and an empty, invalid or unreadable file would end the run
// there with a stack trace. So such a path is hidden from it while the modules load, and given back before
// run() starts: readRunContext, the first thing run() does, then fails the step with one clear line.
import { readFileSync } from 'node:fs';

const HIDDEN = 'IMS_GATE_HIDDEN_EVENT_PATH';

function parses(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

const path = process.env.GITHUB_EVENT_PATH;
if (path && !parses(path)) {
  process.env[HIDDEN] = path;
  delete process.env.GITHUB_EVENT_PATH;
}

/** Gives the event payload path back, once every module is loaded. */
export function restoreEventPath(): void {
  const hidden = process.env[HIDDEN];
  if (hidden === undefined) return;
  process.env.GITHUB_EVENT_PATH = hidden;
  delete process.env[HIDDEN];
}
