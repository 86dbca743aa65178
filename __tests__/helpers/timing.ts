// Ratio timing for "stays linear" tests: never an absolute time, which a loaded machine would break, but the time
// on a large input over the time on a small one, both measured under the same load.

/** Milliseconds per run of `run`, the best of three; a fast run is repeated until it takes 20 ms, against timer noise. */
export function bestTime(run: () => unknown): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      run();
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < 20);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/**
 * How many times as long `run(large)` takes as `run(small)`. Measured again (at most twice more) while over `bound`:
 * a pause of the garbage collector or of a busy machine can spoil one measurement, while a super-linear function is
 * over it every time, by far.
 */
export function timeRatio<T>(run: (input: T) => unknown, small: T, large: T, bound: number): number {
  run(small); // warm-up: the JIT compiles before anything is timed
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= bound; attempt++) ratio = bestTime(() => run(large)) / bestTime(() => run(small));
  return ratio;
}
