// Optional cross-check for bench/fanout.ts (BENCH_FANOUT_LOOP_MONITOR=1): preloaded into each Enclave process with
// `node --import ./bench/fanout/loop-monitor.ts --import tsx src/main.ts`, it measures the process's real event-loop
// delay (perf_hooks.monitorEventLoopDelay) and writes one line per second to stderr:
//   @loop {"t":<wall ms>,"p50":ms,"p99":ms,"max":ms}
// No server code changes; off by default, since the benchmark's own measure is taken from outside (GET /healthz).
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
const timer = setInterval(() => {
  const line = {
    t: performance.timeOrigin + performance.now(),
    p50: h.percentile(50) / 1e6,
    p99: h.percentile(99) / 1e6,
    max: h.max / 1e6,
  };
  h.reset();
  process.stderr.write(`@loop ${JSON.stringify(line)}\n`);
}, 1_000);
timer.unref();
