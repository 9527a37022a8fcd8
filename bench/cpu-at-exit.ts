/**
 * Preloaded (`node --import`) into a process the extract-end-to-end bench runs: at exit, writes the process's CPU
 * time (all threads, in ms) to the file named by SITREP_BENCH_CPU_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.SITREP_BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.cpuUsage();
    writeFileSync(file, String((u.user + u.system) / 1000));
  });
}
