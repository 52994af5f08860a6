// The workspace form's session settings: maximum lifetime and idle timeout (a number and a unit, sent as exact
// seconds), what happens at the deadline, the size of /dev/shm and the volumes. Only what the admin changed is sent;
// an error, the form's own or the server's (`extensions.field`), is shown beside its field.
import { byId } from '../dom.js';
import { createVolumeEditor, sameVolumes, type VolumeEditor } from './configuration-volumes.js';
import { clearedOnInput, clearFieldError, FieldError, fieldOf, showFieldError, type FieldSlot } from './field-errors.js';
import { messageOf } from './notice.js';
import type { ExpirationAction, UpdateWorkspaceInput, Workspace } from './operations.js';

export interface SessionSettings {
  /** Fills the fields from the workspace's saved settings. */
  load(workspace: Workspace): void;
  /** What the admin changed (empty: nothing); a FieldError for a value the server would refuse anyway. */
  changes(workspace: Workspace): UpdateWorkspaceInput;
  /** Shows the error beside the field it names; false when it names none of these fields. */
  showError(error: unknown): boolean;
  clearErrors(): void;
}

interface Duration extends FieldSlot {
  control: HTMLInputElement;
  unit: HTMLSelectElement;
}

interface Fields {
  lifetime: Duration;
  idle: Duration;
  action: FieldSlot & { control: HTMLSelectElement };
  shm: FieldSlot & { control: HTMLInputElement };
  volumes: VolumeEditor;
}

export function createSessionSettings(): SessionSettings {
  const duration = (name: string): Duration => {
    const slot = {
      control: byId<HTMLInputElement>(`config-${name}-value`),
      unit: byId<HTMLSelectElement>(`config-${name}-unit`),
      error: byId(`config-${name}-error`),
    };
    // A new unit makes a new value: what the error said is no longer what was refused.
    slot.unit.addEventListener('change', () => clearFieldError(slot));
    clearedOnInput(slot);
    return slot;
  };
  const fields: Fields = {
    lifetime: duration('lifetime'),
    idle: duration('idle'),
    action: { control: byId<HTMLSelectElement>('config-action'), error: byId('config-action-error') },
    shm: { control: byId<HTMLInputElement>('config-shm'), error: byId('config-shm-error') },
    volumes: createVolumeEditor(),
  };
  clearedOnInput(fields.action);
  clearedOnInput(fields.shm);
  const slots: Record<string, FieldSlot | undefined> = {
    maxLifetimeSeconds: fields.lifetime,
    idleTimeoutSeconds: fields.idle,
    expirationAction: fields.action,
    shmSizeMb: fields.shm,
  };
  return {
    load: (workspace) => load(fields, workspace),
    changes: (workspace) => changes(fields, workspace),
    showError(error) {
      const field = fieldOf(error);
      if (field === 'volumes') {
        fields.volumes.showError(messageOf(error));
        return true;
      }
      const slot = field === undefined ? undefined : slots[field];
      if (slot) showFieldError(slot, messageOf(error));
      return slot !== undefined;
    },
    clearErrors() {
      for (const slot of Object.values(slots)) if (slot) clearFieldError(slot);
      fields.volumes.clearErrors();
    },
  };
}

function load(fields: Fields, workspace: Workspace) {
  showDuration(fields.lifetime, workspace.maxLifetimeSeconds);
  showDuration(fields.idle, workspace.idleTimeoutSeconds);
  fields.action.control.value = workspace.expirationAction;
  fields.shm.control.value = workspace.shmSizeMb === null ? '' : String(workspace.shmSizeMb);
  fields.volumes.show(workspace.volumes);
}

function changes(fields: Fields, workspace: Workspace): UpdateWorkspaceInput {
  const input: UpdateWorkspaceInput = {};
  const lifetime = readDuration(fields.lifetime, 'maxLifetimeSeconds', 'The maximum lifetime');
  if (lifetime !== workspace.maxLifetimeSeconds) input.maxLifetimeSeconds = lifetime;
  const idle = readDuration(fields.idle, 'idleTimeoutSeconds', 'The idle timeout');
  if (idle !== workspace.idleTimeoutSeconds) input.idleTimeoutSeconds = idle;
  const action = fields.action.control.value as ExpirationAction;
  if (action !== workspace.expirationAction) input.expirationAction = action;
  const shm = readShm(fields.shm.control);
  if (shm !== workspace.shmSizeMb) input.shmSizeMb = shm;
  const volumes = fields.volumes.read();
  if (!sameVolumes(volumes, workspace.volumes)) input.volumes = volumes;
  return input;
}

/** The units offered, largest first: a saved value is shown in the largest that divides it. */
const units = [
  { seconds: 86400, name: 'day' },
  { seconds: 3600, name: 'hour' },
  { seconds: 60, name: 'minute' },
  { seconds: 1, name: 'second' },
] as const;

function showDuration({ control, unit }: Duration, seconds: number | null) {
  // No limit: the number is empty, the unit left as the admin last chose it.
  if (seconds === null) return void (control.value = '');
  const size = units.find((u) => seconds % u.seconds === 0)!.seconds;
  unit.value = String(size);
  control.value = String(seconds / size);
}

/** The field's value in whole seconds (1.5 minutes is 90), or null when empty (no limit). */
function readDuration({ control, unit }: Duration, field: string, what: string): number | null {
  if (control.validity.badInput) throw new FieldError(field, `${what} must be a number, or empty for no limit.`);
  const text = control.value.trim();
  if (text === '') return null;
  const exact = Number(text) * Number(unit.value);
  const seconds = Math.round(exact);
  // Within a millionth of a second: 0.1 minute is 6.000000000000001 seconds in floating point.
  if (!Number.isFinite(exact) || seconds < 1 || Math.abs(exact - seconds) > 1e-6)
    throw new FieldError(field, `${what} must come to a whole number of seconds, at least 1 (e.g. 90 seconds or 1.5 minutes).`);
  return seconds;
}

function readShm(control: HTMLInputElement): number | null {
  const text = control.value.trim();
  if (control.validity.badInput || (text !== '' && !/^\d+$/.test(text)))
    throw new FieldError('shmSizeMb', 'The shared memory size must be a whole number of MB, or empty for Docker’s 64 MB.');
  return text === '' ? null : Number(text);
}

/** "2 hours", "90 seconds": a duration in the largest unit that holds it exactly, as the form shows it. */
export function formatDuration(seconds: number): string {
  const { seconds: size, name } = units.find((u) => seconds % u.seconds === 0)!;
  const count = seconds / size;
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

const fates: Record<ExpirationAction, string> = { DESTROY: 'destroyed', SUSPEND: 'suspended', PAUSE: 'paused' };

/** What the saved rules do, in a sentence: "Sessions end after 2 hours, or after 30 minutes idle, and are suspended." */
export function describeLifetime({ maxLifetimeSeconds: most, idleTimeoutSeconds: idle, expirationAction }: Workspace): string {
  const rules = [most !== null && `after ${formatDuration(most)}`, idle !== null && `after ${formatDuration(idle)} idle`].filter(Boolean);
  if (rules.length === 0) return 'Sessions run until someone ends them.';
  return `Sessions end ${rules.join(', or ')}, and are ${fates[expirationAction]}.`;
}
