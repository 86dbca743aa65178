// Which fixes of a report can be made, file by file: the findings' replacements, merged (the same replacement
// offered by several findings is made once; of two that overlap, the first in report order wins and the other
// waits for the next run), applied to the bytes the scan read.
import type { Finding, FixReplacement } from '../types.js';
import { applyToBytes } from './apply.js';
import { openInsideRoot, sha256 } from './files.js';
import { LineMap } from '../util/text.js';
import { disjoint } from './apply.js';
import { compareStrings } from '../util/compare.js';

export interface FileFix {
  file: string;
  /** The bytes read, and what they become. */
  before: Buffer;
  after: Buffer;
  beforeText: string;
  afterText: string;
  /** The findings whose fixes are made. */
  findings: Finding[];
}

export interface NotFixed {
  finding: Finding;
  reason: string;
}

export interface FixPlan {
  files: FileFix[];
  notFixed: NotFixed[];
}

export interface PlanOptions {
  /** `apply` (`--fix`): suggestion-only fixes are left out. `suggest` (pull-request suggestions): all fixes. */
  mode: 'apply' | 'suggest';
  /** SHA-256 of the bytes the scan read, by file: a file that changed since is not fixed. */
  digests?: ReadonlyMap<string, string>;
}

/** The findings that carry a fix of the mode, by file, in report order. */
function fixableByFile(findings: readonly Finding[], mode: PlanOptions['mode']): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.fix || finding.fix.replacements.length === 0) continue;
    if (mode === 'apply' && finding.fix.suggestionOnly) continue;
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  return byFile;
}

/** Accepted spans, sorted by start: whether a new span overlaps one (the same replacement twice does not). */
class Spans {
  private readonly spans: [number, number, string][] = [];

  /** Index of the first span starting at or after `start`. */
  private lowerBound(start: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid][0] < start) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  fits([start, end, text]: [number, number, string]): boolean {
    const at = this.lowerBound(start);
    const before = this.spans[at - 1];
    if (before && before[1] > start) return false;
    const after = this.spans[at];
    if (!after) return true;
    if (after[0] === start && after[1] === end && after[2] === text) return true;
    // A span starting inside this one; or two at one point where either is an insertion (their order is unknown).
    return !(after[0] < end || (after[0] === start && (start === end || after[1] === start)));
  }

  add(span: [number, number, string]): void {
    const at = this.lowerBound(span[0]);
    const same = this.spans[at];
    if (same && same[0] === span[0] && same[1] === span[1] && same[2] === span[2]) return;
    this.spans.splice(at, 0, span);
  }
}

/** The findings whose replacements fit together, first come first served; the others, with why. */
function compatible(findings: Finding[], text: string): { accepted: Finding[]; replacements: FixReplacement[]; rejected: NotFixed[] } {
  const lines = new LineMap(text);
  const accepted: Finding[] = [];
  const rejected: NotFixed[] = [];
  const replacements: FixReplacement[] = [];
  const spans = new Spans();
  for (const finding of findings) {
    const own = finding.fix?.replacements ?? [];
    const located = disjoint(own, lines);
    if (located.dropped > 0) {
      rejected.push({ finding, reason: 'its fix is not inside the file as it is now' });
      continue;
    }
    if (!located.offsets.every((span) => spans.fits(span))) {
      rejected.push({ finding, reason: 'its fix overlaps another one: run the fix again' });
      continue;
    }
    for (const span of located.offsets) spans.add(span);
    replacements.push(...own);
    accepted.push(finding);
  }
  return { accepted, replacements, rejected };
}

export function planFixes(root: string, findings: readonly Finding[], options: PlanOptions): FixPlan {
  const plan: FixPlan = { files: [], notFixed: [] };
  const byFile = fixableByFile(findings, options.mode);
  for (const file of [...byFile.keys()].sort(compareStrings)) {
    const fixes = byFile.get(file) ?? [];
    const refuse = (reason: string) => plan.notFixed.push(...fixes.map((finding) => ({ finding, reason })));
    const opened = openInsideRoot(root, file);
    if (!opened.ok) {
      refuse(`${file} is not fixed: ${opened.reason}`);
      continue;
    }
    const digest = options.digests?.get(file);
    if (options.digests && digest !== sha256(opened.bytes)) {
      refuse(`${file} is not fixed: it changed since it was read`);
      continue;
    }
    const first = applyToBytes(file, opened.bytes, []);
    if (!first.ok) {
      refuse(`${file} is not fixed: ${first.reason}`);
      continue;
    }
    const { accepted, replacements, rejected } = compatible(fixes, first.before);
    plan.notFixed.push(...rejected);
    if (accepted.length === 0) continue;
    const applied = applyToBytes(file, opened.bytes, replacements);
    if (!applied.ok) {
      plan.notFixed.push(...accepted.map((finding) => ({ finding, reason: `${file} is not fixed: ${applied.reason}` })));
      continue;
    }
    if (applied.bytes.equals(opened.bytes)) continue;
    plan.files.push({
      file,
      before: opened.bytes,
      after: applied.bytes,
      beforeText: applied.before,
      afterText: applied.after,
      findings: accepted,
    });
  }
  return plan;
}
