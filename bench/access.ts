/** How benchmarks open databases: as this process, without waiting for another holder. */
import type { Access } from '../src/store/access.js';

export const BENCH_ACCESS: Access = {
  holder: { pid: process.pid, command: 'bench' },
  wait: { waitMs: 0 },
};
