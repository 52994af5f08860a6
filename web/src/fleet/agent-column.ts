// An agent's column header: its name, whether it is reachable and takes sessions, its labels, and how full it is.
import { el } from '../dom.js';
import type { Agent } from './operations.js';

export function agentHeader(agent: Agent): HTMLTableCellElement {
  const online = agent.status === 'ONLINE';
  return el(
    'th',
    { scope: 'col', className: 'agent', attrs: { 'data-agent': agent.name } },
    el('span', { className: 'agent-name' }, agent.name),
    el(
      'span',
      { className: 'agent-state' },
      el('span', { className: `badge ${online ? 'badge-ok' : 'badge-bad'}` }, agent.status),
      el('span', { className: `badge ${agent.enabled ? 'badge-plain' : 'badge-warn'}` }, agent.enabled ? 'enabled' : 'drained'),
    ),
    agent.labels.length > 0 &&
      el('ul', { className: 'labels', attrs: { 'aria-label': `Labels of ${agent.name}` } }, ...agent.labels.map((label) => el('li', {}, label))),
    loads(agent),
  );
}

function loads({ name, capacity: c }: Agent): HTMLElement {
  const cores = (n: number) => String(Math.round(n * 100) / 100);
  const memory = (mb: number) => (mb >= 1024 ? `${Math.round(mb / 102.4) / 10} GB` : `${mb} MB`);
  return el(
    'ul',
    { className: 'loads', attrs: { 'aria-label': `Load of ${name}` } },
    load('Cores', c.usedCores, c.cores, `${cores(c.usedCores)} of ${cores(c.cores)}`),
    load('Memory', c.usedMemoryMb, c.memoryMb, `${memory(c.usedMemoryMb)} of ${memory(c.memoryMb)}`),
    c.maxSessions === null
      ? load('Sessions', c.sessionCount, 0, `${c.sessionCount}, no limit`)
      : load('Sessions', c.sessionCount, c.maxSessions, `${c.sessionCount} of ${c.maxSessions}`),
    c.gpus === 0 ? load('GPUs', 0, 0, 'none') : load('GPUs', c.usedGpus, c.gpus, `${c.usedGpus} of ${c.gpus}`),
  );
}

/** One line of load: what it is, a bar (decoration: the words say the same), and the figures. */
function load(what: string, used: number, total: number, words: string): HTMLLIElement {
  const share = total > 0 ? Math.min(1, used / total) : 0;
  const fill = el('span', { className: 'load-fill' });
  fill.style.width = `${Math.round(share * 100)}%`;
  if (share >= 0.9) fill.classList.add('full');
  return el(
    'li',
    { className: 'load' },
    el('span', { className: 'load-what' }, what),
    el('span', { className: 'load-bar', attrs: { 'aria-hidden': 'true' } }, fill),
    el('span', { className: 'load-words' }, words),
  );
}
