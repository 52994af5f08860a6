// The "New network" form's values as the API's CreateNetworkInput: what is left empty is left out, so that the
// server's defaults and its validation (which names the field it refuses) decide.
import { FieldError } from '../launcher/field-errors.js';
import type { CreateNetworkInput } from './operations.js';

/** Where the network goes: every agent, the agents of a zone (null: those without one), or agents picked one by one. */
export type Target = { kind: 'all' } | { kind: 'zone'; zone: string | null } | { kind: 'agents'; agentIds: string[] };

export interface NetworkForm {
  name: string;
  driver: string;
  target: Target;
  subnet: string;
  gateway: string;
  ipRange: string;
  /** `key=value` lines */
  auxAddresses: string;
  parent: string;
  /** Per target agent, in the form's order: a parent and range of its own (blank: the common ones, or carved). */
  perAgent: { agentId: string; parent: string; ipRange: string }[];
  internal: boolean;
  /** `key=value` lines */
  options: string;
}

/** `key=value` lines (blank lines skipped) as KeyValueInputs; a line without `=` is refused, naming `field`. */
export function keyValues(text: string, field: string): { key: string; value: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const at = line.indexOf('=');
      if (at <= 0) throw new FieldError(field, `Line ${i + 1}, "${line.slice(0, 60)}", is not key=value (e.g. router=192.168.50.2).`);
      return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
    });
}

const given = (value: string) => value.trim() || undefined;

/**
 * The input to send; `perAgentFields` maps the index of each `perAgent` entry sent back to the form's row (the
 * server names a refused entry `perAgent[i]`).
 */
export function networkInput(form: NetworkForm): { input: CreateNetworkInput; perAgentRows: number[] } {
  const { target } = form;
  const input: CreateNetworkInput = {
    name: form.name.trim(),
    driver: given(form.driver) ?? 'bridge',
    internal: form.internal,
    ...(target.kind === 'zone' && target.zone !== null && { zone: target.zone }),
    ...(target.kind === 'zone' && target.zone === null && { agentIds: form.perAgent.map((p) => p.agentId) }),
    ...(target.kind === 'agents' && { agentIds: target.agentIds }),
  };
  const options = keyValues(form.options, 'options');
  if (options.length > 0) input.options = options;
  const auxAddresses = keyValues(form.auxAddresses, 'ipam.auxAddresses');
  const subnet = given(form.subnet);
  if (subnet) {
    input.ipam = { subnet };
    const gateway = given(form.gateway);
    const ipRange = given(form.ipRange);
    if (gateway) input.ipam.gateway = gateway;
    if (ipRange) input.ipam.ipRange = ipRange;
    if (auxAddresses.length > 0) input.ipam.auxAddresses = auxAddresses;
  } else if (given(form.gateway) || given(form.ipRange) || auxAddresses.length > 0) {
    throw new FieldError('ipam.subnet', 'A gateway, ip range or aux addresses need the subnet they are part of: give the subnet.');
  }
  const parent = given(form.parent);
  if (parent) input.parent = parent;
  const perAgentRows: number[] = [];
  const perAgent = form.perAgent.flatMap((row, i) => {
    const own = { parent: given(row.parent), ipRange: given(row.ipRange) };
    if (!own.parent && !own.ipRange) return [];
    perAgentRows.push(i);
    return [{ agentId: row.agentId, ...(own.parent && { parent: own.parent }), ...(own.ipRange && { ipRange: own.ipRange }) }];
  });
  if (perAgent.length > 0) input.perAgent = perAgent;
  return { input, perAgentRows };
}
