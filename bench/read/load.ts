// Closed-loop HTTP load generator for bench/read.ts: C loops, each with one keep-alive connection, POSTing the
// same JSON body back to back. Run pinned to its own core: `taskset -c 1 node --import tsx bench/read/load.ts '<json>'`.
// Prints one JSON line: completions and latency (ms) of requests that completed inside the measured window
// (after the warm-up), errors, and the generator's own CPU use (near 100% = the generator may be the limit).
import http from 'node:http';
import { performance } from 'node:perf_hooks';

interface LoadConfig {
  url: string;
  body: string;
  headers: Record<string, string>;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

/** The JSON line this prints; bench/read.ts and bench/scale.ts add their own readings of the run to it. */
export interface LoadReport {
  completed: number;
  warmupCompleted: number;
  rps: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
  errors: number;
  firstError?: string;
  sizeMismatches: number;
  responseBytes: number;
  loadgenCpu: number;
}

const cfg = JSON.parse(process.argv[2] ?? '{}') as LoadConfig;
const target = new URL(cfg.url);
const body = Buffer.from(cfg.body);
const headers = { ...cfg.headers, 'content-length': String(body.length) };
const agent = new http.Agent({ keepAlive: true, maxSockets: cfg.concurrency, maxFreeSockets: cfg.concurrency });
const okPrefix = Buffer.from('{"data":');

const tStart = performance.now();
const measureFrom = tStart + cfg.warmupMs;
const measureTo = measureFrom + cfg.durationMs;

const latencies: number[] = [];
let completed = 0;
let warmupCompleted = 0;
let errors = 0;
let sizeMismatches = 0;
let expectedSize = -1;
let firstError: string | undefined;
let cpuAtMeasure: NodeJS.CpuUsage | undefined;

function noteError(message: string) {
  errors++;
  firstError ??= message.slice(0, 500);
}

function one(): Promise<void> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = http.request(
      { agent, hostname: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const t1 = performance.now();
          const text = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
          const ok = res.statusCode === 200 && text.subarray(0, okPrefix.length).equals(okPrefix) && !text.includes('"errors"');
          if (t1 >= measureFrom && t1 <= measureTo) {
            if (!ok) noteError(`HTTP ${res.statusCode}: ${text.toString('utf8')}`);
            else {
              if (expectedSize < 0) expectedSize = text.length;
              else if (text.length !== expectedSize) sizeMismatches++;
              completed++;
              latencies.push(t1 - t0);
            }
          } else if (t1 < measureFrom) {
            if (!ok) noteError(`(warm-up) HTTP ${res.statusCode}: ${text.toString('utf8')}`);
            else warmupCompleted++;
          }
          resolve();
        });
        res.on('error', (e) => {
          noteError(`response: ${e.message}`);
          resolve();
        });
      },
    );
    req.on('error', (e) => {
      noteError(`request: ${e.message}`);
      // do not spin on a dead server
      setTimeout(resolve, 10);
    });
    req.end(body);
  });
}

async function loop() {
  while (performance.now() < measureTo) await one();
}

// markers for the benchmark, which samples the server's and the cores' CPU counters at them
setTimeout(() => {
  cpuAtMeasure = process.cpuUsage();
  process.stderr.write('@measure-start\n');
}, cfg.warmupMs);
setTimeout(() => process.stderr.write('@measure-end\n'), cfg.warmupMs + cfg.durationMs);
await Promise.all(Array.from({ length: cfg.concurrency }, () => loop()));
const cpu = process.cpuUsage(cpuAtMeasure);
agent.destroy();

latencies.sort((a, b) => a - b);
const q = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]! : null);
const windowS = cfg.durationMs / 1000;
const report: LoadReport = {
  completed,
  warmupCompleted,
  rps: completed / windowS,
  p50: q(0.5),
  p90: q(0.9),
  p99: q(0.99),
  max: latencies.at(-1) ?? null,
  errors,
  firstError,
  sizeMismatches,
  responseBytes: expectedSize,
  loadgenCpu: (cpu.user + cpu.system) / 1e6 / windowS,
};
console.log(JSON.stringify(report));
