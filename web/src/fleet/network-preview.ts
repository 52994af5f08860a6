// What the form shows before Create: each target agent's copy as createNetwork would make it (its parent and range,
// carved for macvlan/ipvlan across agents), and after a refusal, each agent's own reason.
import { ApiError } from '../api.js';
import { el } from '../dom.js';
import type { Preview } from './operations.js';

export function previewTable(previews: readonly Preview[]): HTMLTableElement {
  const dash = (value: string | null) => value ?? '—';
  return el(
    'table',
    { className: 'preview' },
    el('caption', {}, `The network on ${previews.length} agent${previews.length === 1 ? '' : 's'}`),
    el(
      'thead',
      {},
      el('tr', {}, ...['Agent', 'State', 'Driver', 'Subnet', 'Gateway', 'IP range', 'Parent'].map((h) => el('th', { scope: 'col' }, h))),
    ),
    el(
      'tbody',
      {},
      ...previews.map((p) =>
        el(
          'tr',
          { attrs: { 'data-agent': p.agent.name } },
          el('th', { scope: 'row' }, p.agent.name),
          el('td', {}, p.exists ? 'already there' : 'to be made'),
          el('td', {}, p.driver),
          el('td', { className: 'mono' }, dash(p.subnet)),
          el('td', { className: 'mono' }, dash(p.gateway)),
          el('td', { className: 'mono range' }, dash(p.ipRange ?? (p.subnet ? 'the whole subnet' : null))),
          el('td', {}, dash(p.parent)),
        ),
      ),
    ),
  );
}

interface Failure {
  agent: string;
  message: string;
}

/** createNetwork's `extensions.failures`: one per agent that refused (the message already sums them up). */
export function failuresOf(error: unknown): Failure[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.extensions['failures'])) return [];
  return (error.extensions['failures'] as unknown[]).flatMap((f) => {
    const { agent, message } = (f ?? {}) as Partial<Record<string, unknown>>;
    return typeof agent === 'string' && typeof message === 'string' ? [{ agent, message }] : [];
  });
}

export function failureList(failures: readonly Failure[]): HTMLElement[] {
  if (failures.length === 0) return [];
  return [
    el('h4', { className: 'subheading' }, 'Per agent'),
    el('ul', { className: 'failures' }, ...failures.map((f) => el('li', {}, el('strong', {}, f.agent), `: ${f.message}`))),
  ];
}
