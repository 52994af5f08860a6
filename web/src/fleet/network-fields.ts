// The "New network" form's controls: where the network goes (every agent, a zone, agents picked), a row per target
// agent for its own parent and range, reading the values, and which control an error of the API's is about.
import { byId, el } from '../dom.js';
import type { FieldSlot } from '../launcher/field-errors.js';
import type { NetworkForm, Target } from './network-input.js';
import type { Agent } from './operations.js';

const value = (id: string) => byId<HTMLInputElement>(id).value;

export function targetOf(): Target {
  const chosen = byId<HTMLSelectElement>('net-target').value;
  if (chosen === 'all') return { kind: 'all' };
  if (chosen === 'agents') return { kind: 'agents', agentIds: checkedAgents() };
  return { kind: 'zone', zone: chosen === 'no-zone' ? null : chosen.replace(/^zone:/, '') };
}

const checkedAgents = () => [...byId('net-agents-list').querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);

export function targetAgents(agents: readonly Agent[], target: Target): Agent[] {
  const sorted = [...agents].sort((a, b) => a.name.localeCompare(b.name));
  if (target.kind === 'all') return sorted;
  if (target.kind === 'zone') return sorted.filter((a) => a.zone === target.zone);
  return sorted.filter((a) => target.agentIds.includes(a.id));
}

export function readForm(agents: readonly Agent[]): NetworkForm {
  const target = targetOf();
  const driver = value('net-driver');
  return {
    name: value('net-name'),
    driver: driver === 'other' ? value('net-driver-other') : driver,
    target,
    subnet: value('net-subnet'),
    gateway: value('net-gateway'),
    ipRange: value('net-ip-range'),
    auxAddresses: value('net-aux'),
    parent: value('net-parent'),
    perAgent: targetAgents(agents, target).map((agent) => ({
      agentId: agent.id,
      parent: (document.getElementById(`net-pa-parent-${agent.id}`) as HTMLInputElement | null)?.value ?? '',
      ipRange: (document.getElementById(`net-pa-range-${agent.id}`) as HTMLInputElement | null)?.value ?? '',
    })),
    internal: byId<HTMLInputElement>('net-internal').checked,
    options: value('net-options'),
  };
}

/** The target dropdown: every agent, each zone, the agents without one, or agents picked; the choice is kept. */
export function renderTargets(agents: readonly Agent[]): void {
  const select = byId<HTMLSelectElement>('net-target');
  const chosen = select.value || 'all';
  const zones = [...new Set(agents.map((a) => a.zone))].sort((a, b) => (a ?? '\uffff').localeCompare(b ?? '\uffff'));
  const options = [
    new Option('Every agent', 'all'),
    ...zones.map((zone) => (zone === null ? new Option('Agents without a zone', 'no-zone') : new Option(`Zone ${zone}`, `zone:${zone}`))),
    new Option('Agents I pick', 'agents'),
  ];
  select.replaceChildren(...options);
  select.value = options.some((o) => o.value === chosen) ? chosen : 'all';
  const list = byId('net-agents-list');
  const checked = new Set(checkedAgents());
  list.replaceChildren(
    ...[...agents]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((agent) =>
        el(
          'label',
          { className: 'check' },
          el('input', { type: 'checkbox', value: agent.id, checked: checked.has(agent.id) }),
          ` ${agent.name}${agent.zone ? ` (${agent.zone})` : ''}`,
        ),
      ),
  );
}

/** A row per target agent, with what was typed in it kept across redraws. */
export function renderPerAgent(agents: readonly Agent[]): void {
  const target = targetOf();
  byId('net-agents').hidden = target.kind !== 'agents';
  byId('net-driver-other-field').hidden = value('net-driver') !== 'other';
  const rows = targetAgents(agents, target).map((agent) => {
    const input = (kind: 'parent' | 'range', label: string, placeholder: string) => {
      const id = `net-pa-${kind}-${agent.id}`;
      const kept = (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
      return el('input', {
        id,
        type: 'text',
        value: kept,
        placeholder,
        autocomplete: 'off',
        spellcheck: false,
        attrs: { 'aria-label': `${label} on ${agent.name}` },
      });
    };
    return el(
      'tr',
      { attrs: { 'data-agent': agent.name } },
      el('th', { scope: 'row' }, agent.name),
      el('td', {}, input('parent', 'Parent', 'the common parent')),
      el('td', {}, input('range', 'IP range', 'carved or the whole subnet')),
    );
  });
  byId('net-per-agent-rows').replaceChildren(...rows);
  byId('net-per-agent-none').hidden = rows.length > 0;
}

const controls: Record<string, string> = {
  name: 'net-name',
  driver: 'net-driver',
  zone: 'net-target',
  agentIds: 'net-target',
  internal: 'net-internal',
  parent: 'net-parent',
  options: 'net-options',
  'ipam.subnet': 'net-subnet',
  'ipam.gateway': 'net-gateway',
  'ipam.ipRange': 'net-ip-range',
  'ipam.auxAddresses': 'net-aux',
};

/**
 * The control an error's field names (`ipam.subnet`, `ipam.auxAddresses[1].value`, `perAgent[0].ipRange`) and where
 * its message goes; undefined for an error about no field of the form.
 */
export function slotOf(field: string | undefined, perAgentRows: readonly number[], agents: readonly Agent[]): FieldSlot | undefined {
  if (!field) return undefined;
  const perAgent = /^perAgent\[(\d+)\](?:\.(parent|ipRange))?/.exec(field);
  if (perAgent) {
    const row = perAgentRows[Number(perAgent[1])];
    const agent = row === undefined ? undefined : targetAgents(agents, targetOf())[row];
    const control = agent && document.getElementById(`net-pa-${perAgent[2] === 'parent' ? 'parent' : 'range'}-${agent.id}`);
    return control ? { control, error: byId('net-per-agent-error') } : undefined;
  }
  const id = controls[field] ?? controls[field.replace(/\[\d+\].*$/, '')] ?? controls[field.split('.')[0]!];
  return id ? { control: byId(id), error: byId(`${id}-error`) } : undefined;
}
