// An admin's change made from a button, with its outcome said in the section's live region.
import type { Credential } from '../api.js';
import { messageOf, report } from './notice.js';
import type { LauncherState } from './state.js';

/**
 * Runs `mutate` from `button`: says in `region` that it is under way, then reads the section again (`refresh`) and
 * says the outcome (`mutate`'s message, or the API's error). Resolves to whether it worked.
 */
export async function act(
  state: LauncherState,
  refresh: () => Promise<void>,
  button: HTMLButtonElement,
  region: HTMLElement,
  mutate: (token: Credential) => Promise<string>,
): Promise<boolean> {
  const { signedIn } = state;
  if (!signedIn) return false;
  button.disabled = true;
  report(region, 'Saving…');
  // The outcome is announced once the list shows it, so what the live region says and what is on screen agree.
  let outcome: { message: string; done: boolean };
  try {
    outcome = { message: await mutate(signedIn.token), done: true };
  } catch (error) {
    outcome = { message: messageOf(error), done: false };
  }
  await refresh();
  button.disabled = false;
  report(region, outcome.message, outcome.done ? undefined : 'error');
  return outcome.done;
}
