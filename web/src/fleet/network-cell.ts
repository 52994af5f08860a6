// One cell of a zone's table: what one agent has of one network. A missing (or removed) copy offers Repair.
import { el } from '../dom.js';
import type { Agent, PresentNetwork } from './operations.js';
import type { Cell } from './picture.js';

/** What a Repair button asks for: the network, in the zone of the agent whose cell it is in. */
export type RepairRequest = (button: HTMLButtonElement, name: string, agent: Agent) => void;

/** A cell's id, so that focus can come back to it after a redraw (its button may be gone: the repair worked). */
export const cellId = (agent: Agent, network: string) => `cell-${agent.id}-${network}`;

export function networkCell(cell: Cell, agent: Agent, network: string, repair: RepairRequest): HTMLTableCellElement {
  const td = el('td', { id: cellId(agent, network), className: `cell cell-${cell.kind}`, attrs: { 'data-agent': agent.name } });
  td.dataset['state'] = cell.kind;
  switch (cell.kind) {
    case 'present':
      if (cell.conflicting) td.classList.add('cell-conflicting');
      td.append(...present(cell.network, cell.sessions, cell.conflicting));
      return td;
    case 'missing':
      td.append(el('span', { className: 'badge badge-bad' }, 'missing'), repairButton(agent, network, repair));
      return td;
    case 'removed':
      td.append(
        el('span', { className: 'badge badge-warn' }, 'removed'),
        el('span', { className: 'cell-line' }, el('time', { dateTime: cell.removedAt }, removedWhen(cell.removedAt))),
        repairButton(agent, network, repair),
      );
      return td;
  }
}

function present(network: PresentNetwork, sessions: number, conflicting: boolean): HTMLElement[] {
  const range = network.ipRange ?? network.subnets.join(', ');
  const options = network.options.filter((o) => o.key !== 'parent');
  return [
    el(
      'span',
      { className: 'cell-head' },
      el('span', { className: 'badge badge-ok' }, 'present'),
      conflicting && el('span', { className: 'badge badge-bad' }, 'conflict'),
    ),
    el('span', { className: 'cell-line driver' }, network.driver),
    range && el('span', { className: 'cell-line mono' }, network.ipRange ? `range ${range}` : range),
    network.parent && el('span', { className: 'cell-line' }, `on ${network.parent}`),
    ...options.map((o) => el('span', { className: 'cell-line mono option' }, `${o.key}=${o.value}`)),
    el('span', { className: 'cell-line cell-sessions' }, sessions === 1 ? '1 session' : `${sessions} sessions`),
  ].filter((e): e is HTMLElement => e instanceof HTMLElement);
}

function repairButton(agent: Agent, network: string, repair: RepairRequest): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'repair', attrs: { 'aria-label': `Repair ${network} on ${agent.name}` } }, 'Repair');
  button.id = `repair-${agent.id}-${network}`;
  button.addEventListener('click', () => repair(button, network, agent));
  return button;
}

const removedWhen = (at: string) => {
  const date = new Date(at);
  const today = date.toDateString() === new Date().toDateString();
  return `at ${today ? date.toLocaleTimeString() : date.toLocaleString()}`;
};
