// Preloaded with `node --import` into every measured process: on exit, writes the process's own resource usage
// (peak RSS in KiB, user and system CPU in µs) to the file named by IMS_GATE_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

const file = process.env.IMS_GATE_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, userCPUTime, systemCPUTime }));
  });
}
