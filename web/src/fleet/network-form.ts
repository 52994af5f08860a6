// "New network": fill it in, Preview (previewNetwork: each agent's parent and range, or the API's refusal), then
// Create (createNetwork with exactly what was previewed). A change after the preview asks for a new one.
import { request, type Credential } from '../api.js';
import { byId } from '../dom.js';
import { clearFieldError, fieldOf, showFieldError, type FieldSlot } from '../launcher/field-errors.js';
import { messageOf, report } from '../launcher/notice.js';
import { readForm, renderPerAgent, renderTargets, slotOf } from './network-fields.js';
import { networkInput } from './network-input.js';
import { failureList, failuresOf, previewTable } from './network-preview.js';
import { createMutation, previewQuery, type Agent, type CreateNetworkInput } from './operations.js';

export interface NetworkFormOptions {
  token(): Credential | undefined;
  /** A network was made: the picture is read again (and shows it before the outcome is said). */
  created(): Promise<void>;
}

export interface NetworkFormView {
  /** The agents changed: the targets and per-agent rows follow, keeping what was typed. */
  setAgents(agents: readonly Agent[]): void;
  clear(): void;
}

interface Previewed {
  input: CreateNetworkInput;
  perAgentRows: number[];
  /** The input as sent, to tell whether the form still says the same. */
  json: string;
}

/** The form's elements and what it is in the middle of. */
interface FormState {
  options: NetworkFormOptions;
  form: HTMLFormElement;
  message: HTMLElement;
  failures: HTMLElement;
  preview: HTMLElement;
  previewButton: HTMLButtonElement;
  createButton: HTMLButtonElement;
  agents: readonly Agent[];
  /** Which agents the controls were drawn for: a live redraw that changes none of them leaves the form alone. */
  drawnFor: string;
  previewed: Previewed | undefined;
  invalid: FieldSlot | undefined;
}

export function createNetworkForm(options: NetworkFormOptions): NetworkFormView {
  const state: FormState = {
    options,
    form: byId<HTMLFormElement>('network-form'),
    message: byId('net-message'),
    failures: byId('net-failures'),
    preview: byId('net-preview'),
    previewButton: byId<HTMLButtonElement>('net-preview-button'),
    createButton: byId<HTMLButtonElement>('net-create'),
    agents: [],
    drawnFor: '',
    previewed: undefined,
    invalid: undefined,
  };
  state.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runPreview(state);
  });
  state.createButton.addEventListener('click', () => void runCreate(state));
  state.form.addEventListener('input', (event) => edited(state, event));
  state.form.addEventListener('change', (event) => edited(state, event));
  state.createButton.disabled = true;
  return {
    setAgents(next) {
      state.agents = next;
      const key = JSON.stringify(next.map((a) => [a.id, a.name, a.zone]));
      if (key === state.drawnFor) return;
      state.drawnFor = key;
      renderTargets(next);
      renderPerAgent(next);
    },
    clear() {
      forgetPreview(state);
      clearInvalid(state);
      state.form.reset();
      say(state, '');
    },
  };
}

function say({ message, failures }: FormState, text: string, kind: 'info' | 'error' = 'info', error?: unknown) {
  report(message, text, kind);
  failures.replaceChildren(...failureList(failuresOf(error)));
}

function forgetPreview(state: FormState) {
  state.previewed = undefined;
  state.preview.replaceChildren();
  state.createButton.disabled = true;
}

function clearInvalid(state: FormState) {
  if (state.invalid) clearFieldError(state.invalid);
  state.invalid = undefined;
}

/** The API's (or the form's own) refusal: beside the form, and beside the field it names, which gets focus. */
function refuse(state: FormState, error: unknown, perAgentRows: readonly number[]) {
  say(state, messageOf(error), 'error', error);
  state.invalid = slotOf(fieldOf(error), perAgentRows, state.agents);
  if (state.invalid) showFieldError(state.invalid, messageOf(error));
}

async function runPreview(state: FormState) {
  const credential = state.options.token();
  if (credential === undefined) return;
  clearInvalid(state);
  forgetPreview(state);
  let built: ReturnType<typeof networkInput>;
  try {
    built = networkInput(readForm(state.agents));
  } catch (error) {
    return refuse(state, error, []);
  }
  state.previewButton.disabled = true;
  say(state, 'Previewing…');
  try {
    const { previewNetwork } = await request(credential, previewQuery, { input: built.input });
    state.previewed = { ...built, json: JSON.stringify(built.input) };
    state.preview.replaceChildren(previewTable(previewNetwork));
    state.createButton.disabled = false;
    say(state, `Preview of ${built.input.name} on ${previewNetwork.length} agent(s): Create makes it so.`);
  } catch (error) {
    refuse(state, error, built.perAgentRows);
  } finally {
    state.previewButton.disabled = false;
  }
}

async function runCreate(state: FormState) {
  const credential = state.options.token();
  if (credential === undefined || !state.previewed) return;
  const { input, perAgentRows } = state.previewed;
  state.createButton.disabled = true;
  say(state, `Creating ${input.name}…`);
  try {
    const { createNetwork } = await request(credential, createMutation, { input });
    forgetPreview(state);
    state.form.reset();
    renderPerAgent(state.agents);
    // Said once the picture shows it.
    await state.options.created();
    const on = createNetwork.map((n) => n.agent.name).sort();
    say(state, `Created ${input.name} on ${on.join(', ')}.`);
  } catch (error) {
    state.createButton.disabled = false;
    refuse(state, error, perAgentRows);
  }
}

function edited(state: FormState, event: Event) {
  const target = event.target as HTMLElement;
  if (target.id === 'net-target' || target.id === 'net-driver' || target.closest('#net-agents')) renderPerAgent(state.agents);
  if (state.invalid && (state.invalid.control === target || !state.invalid.control.isConnected)) clearInvalid(state);
  if (state.previewed && !sameAsPreviewed(state, state.previewed)) {
    forgetPreview(state);
    report(state.message, 'Changed since the preview: preview again before creating.');
  }
}

function sameAsPreviewed({ agents }: FormState, { json }: Previewed): boolean {
  try {
    return JSON.stringify(networkInput(readForm(agents)).input) === json;
  } catch {
    return false;
  }
}
