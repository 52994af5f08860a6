// The soak's report: the seed and duration, each operation's outcomes, each fault, and every invariant with its
// figure; then the violations in detail. Returns the number of violations, which decides the exit code.
import fs from 'node:fs';
import path from 'node:path';
import type { CapacityChecks } from './capacity.js';
import { faultKinds, type Timeline } from './faults.js';
import type { Teardown } from './finish.js';
import type { ExpiryFigures, SubscriberFigures } from './history.js';
import type { StateChecks, StateKind } from './invariants.js';
import { operations, type Load } from './load.js';
import { agentCapacity, type Soak } from './setup.js';

export interface Results {
  seed: number;
  durationS: number;
  settleS: number;
  elapsedS: number;
  soak: Soak;
  load: Load;
  timeline: Timeline;
  state: StateChecks;
  capacity: CapacityChecks;
  subscribers: { label: string; reconnects: number; figures: SubscriberFigures }[];
  expiries: ExpiryFigures;
  teardown: Teardown;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

export function printReport(r: Results): { violations: number; summary: Record<string, unknown> } {
  const out: string[] = [];
  const { soak, load, timeline, state, capacity } = r;
  out.push(`Enclave soak: seed ${r.seed} (BENCH_SOAK_SEED), ${r.durationS} s of load and faults + ${r.settleS} s settle, ${r.elapsedS.toFixed(0)} s in all`);
  out.push(`  2 Enclave processes on one Postgres, 3 agents (each ${agentCapacity.cores} cores, ${agentCapacity.memoryMb} MB, ${agentCapacity.maxSessions} sessions)`);
  out.push(`  workspaces: ${soak.workspaces.map((w) => `${w.name}${rulesText(w)}`).join('; ')}`);
  out.push('', 'Operations (outcome: count)');
  for (const op of operations) {
    const counts = [...load.counts.get(op)!].sort((a, b) => b[1] - a[1]);
    const n = counts.reduce((sum, [, c]) => sum + c, 0);
    out.push(`  ${op.padEnd(10)} ${String(n).padStart(5)}  ${counts.map(([o, c]) => `${o} ${c}`).join(', ') || '-'}  (slowest ${((load.slowest.get(op) ?? 0) / 1000).toFixed(1)} s)`);
  }
  out.push('', 'Faults');
  for (const kind of faultKinds) {
    const hits = timeline.faults.filter((f) => f.kind === kind);
    const targets = [...new Set(hits.map((f) => f.target))].map((t) => `${t} ${hits.filter((f) => f.target === t).length}`);
    out.push(`  ${kind.padEnd(17)} ${String(hits.length).padStart(3)}  ${targets.join(', ')}`);
  }
  out.push(`  timeline: ${timeline.faults.map((f) => `+${s(f.startedAt - timeline.startedAt)} ${f.kind} ${f.target} (${f.detail})`).join('; ')}`);
  const lines = invariantLines(r);
  out.push('', 'Invariants', ...lines.map((l) => `  ${l.text}`));
  const violations = lines.reduce((sum, l) => sum + l.violations, 0);
  out.push('', violations === 0 ? 'Result: PASS, every invariant at zero violations' : `Result: FAIL, ${violations} violation(s)`);
  out.push(...violationDetails(r));
  out.push(`Logs of every Enclave process: ${soak.logDir} (${errorLines(soak)} lines at error level)`);
  console.log(out.join('\n'));
  return { violations, summary: summaryOf(r, lines, violations) };
}

function rulesText(w: Soak['workspaces'][number]): string {
  const rules = [w.idleTimeoutSeconds && `idle ${w.idleTimeoutSeconds} s`, w.maxLifetimeSeconds && `lifetime ${w.maxLifetimeSeconds} s`].filter(Boolean);
  return rules.length ? ` (${rules.join(', ')}: ${w.expirationAction})` : '';
}

interface Line {
  key: string;
  text: string;
  violations: number;
}

function invariantLines({ load, state, capacity, subscribers, expiries, teardown }: Results): Line[] {
  const found = (kind: StateKind) => state.found.get(kind)!.size;
  const checked = `checked in ${state.rounds} rounds, ${state.agentChecks} agent-checks; ${state.skipped} rounds skipped while no agent had settled`;
  const sub = subscribers.map((x) => x.figures);
  const total = sub.reduce((n, f) => n + f.total, 0);
  const wrong = sub.reduce((n, f) => n + f.outOfOrder + f.missing + f.unexpected, 0);
  const perSubscriber = subscribers
    .map(({ label, reconnects, figures: f }) => `${label}: ${f.outOfOrder} out of order, ${f.missing} missing, ${f.unexpected} unexpected, ${f.filled} filled after ${reconnects} reconnects`)
    .join('; ');
  const { peak } = capacity;
  const teardownLeft = teardown.leftActive + teardown.leftContainers;
  return [
    { key: 'orphans', text: `(1) orphan containers: ${found('orphan container')} (${checked})`, violations: found('orphan container') },
    { key: 'missing', text: `(2) active sessions without their container: ${found('missing container')}; container state not the status's (RUNNING running, PAUSED paused, SUSPENDED exited): ${found('container state')}`, violations: found('missing container') + found('container state') },
    { key: 'stuck', text: `(3) sessions in REQUESTED/PROVISIONING/STARTING/STOPPING over 30 s on a settled agent: ${found('stuck')}`, violations: found('stuck') },
    { key: 'overbooked', text: `(4) overbooked agents: ${capacity.violations.length} (${capacity.samplesOver} samples overbooked; database view: ${capacity.dbSamples} samples, API view: ${capacity.apiSamples}; peak use: cores ${pct(peak.cores)}, memory ${pct(peak.memory)}, sessions ${pct(peak.sessions)})`, violations: capacity.violations.length },
    { key: 'transitions', text: `(5) transitions seen out of order or missing: ${wrong} of ${total} (${perSubscriber})`, violations: wrong },
    { key: 'expiries', text: `(6) expiries: ${expiries.applied} applied, ${expiries.twice} twice, ${found('missed expiry')} missed, ${expiries.misapplied} misapplied, ${expiries.early} early, ${expiries.pastKeepalive} past a successful keepalive`, violations: expiries.twice + found('missed expiry') + expiries.misapplied + expiries.early + expiries.pastKeepalive },
    { key: 'answers', text: `(7) operations answered INTERNAL_SERVER_ERROR or another error no request of the mix should get: ${load.violations.length}`, violations: load.violations.length },
    { key: 'teardown', text: `(8) after destroying all ${teardown.destroyed} sessions left: ${teardown.leftActive} not ended, ${teardown.leftContainers} containers left${teardown.refused.size ? ` (destroy refused: ${[...teardown.refused].map(([o, c]) => `${o} ${c}`).join(', ')})` : ''}`, violations: teardownLeft },
  ];
}

function violationDetails({ load, state, capacity, subscribers, expiries, teardown }: Results): string[] {
  const details = [
    ...state.violations.map((v) => `${v.what}: ${v.detail}`),
    ...capacity.violations.map((v) => `${v.what}: ${v.detail}`),
    ...load.violations.map((v) => `${v.what}: ${v.detail}`),
    ...subscribers.flatMap((x) => x.figures.details.map((d) => `subscriber ${x.label}: ${d}`)),
    ...expiries.details,
    ...teardown.details,
  ];
  if (details.length === 0) return [];
  return ['', `Violations (${Math.min(details.length, 40)} of ${details.length} shown)`, ...details.slice(0, 40).map((d) => `  ${d}`), ''];
}

function errorLines(soak: Soak): number {
  const saved = fs.readdirSync(soak.logDir).map((f) => fs.readFileSync(path.join(soak.logDir, f), 'utf8').split('\n'));
  const current = soak.nodes.map((n) => (n.current?.running ? n.current.lines : []));
  return [...saved, ...current].flat().filter((l) => /"level":(50|60)/.test(l)).length;
}

function summaryOf(r: Results, lines: Line[], violations: number): Record<string, unknown> {
  return {
    bench: 'soak',
    seed: r.seed,
    durationS: r.durationS,
    operations: Object.fromEntries([...r.load.counts].map(([op, m]) => [op, Object.fromEntries(m)])),
    faults: Object.fromEntries(faultKinds.map((k) => [k, r.timeline.faults.filter((f) => f.kind === k).length])),
    invariants: Object.fromEntries(lines.map((l) => [l.key, l.violations])),
    expiriesApplied: r.expiries.applied,
    transitionsCompared: r.subscribers.reduce((n, x) => n + x.figures.total, 0),
    violations,
  };
}
