import { describe, expect, it } from 'vitest';
import { exitOutcome, type ContainerExit } from './container-exit.js';

describe('exitOutcome', () => {
  it.each<[string, ContainerExit | null, string, string]>([
    ['exit 0', { code: 0, oom: false }, 'STOPPED', 'container exited with code 0'],
    ['exit 1', { code: 1, oom: false }, 'FAILED', 'container exited with code 1'],
    ['SIGKILL (137)', { code: 137, oom: false }, 'FAILED', 'container exited with code 137 (killed)'],
    ['SIGTERM not handled (143)', { code: 143, oom: false }, 'FAILED', 'container exited with code 143'],
    ['out of memory, code 137', { code: 137, oom: true }, 'FAILED', 'killed: out of memory'],
    // An OOM kill of a child can leave PID 1 to exit cleanly: the kill is still what the person needs to know.
    ['out of memory, code 0', { code: 0, oom: true }, 'FAILED', 'killed: out of memory'],
    ['unknown code', { code: null, oom: false }, 'FAILED', 'container exited with code null'],
    ['vanished', null, 'FAILED', 'container vanished'],
  ])('%s', (_, exit, status, reason) => {
    expect(exitOutcome(exit)).toEqual({ status, reason });
  });
});
