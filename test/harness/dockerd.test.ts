import { describe, it, expect, afterAll } from 'vitest';
import { startDockerd, stopAllDockerds } from './dockerd.js';

describe('dockerd harness', () => {
  afterAll(async () => {
    await stopAllDockerds();
  }, 60_000);

  it('runs isolated daemons that survive a crash', async () => {
    const [a, b] = await Promise.all([startDockerd('agent-1'), startDockerd('agent-2')]);
    expect(a.socketPath).not.toBe(b.socketPath);

    await a.docker('network', 'create', 'z_x');
    expect(await a.docker('network', 'ls', '--format', '{{.Name}}')).toContain('z_x');
    expect(await b.docker('network', 'ls', '--format', '{{.Name}}')).not.toContain('z_x');

    const tag = await b.importBusybox();
    expect(await b.docker('run', '--rm', tag, 'echo', 'hi')).toBe('hi');
    await b.docker('run', '-d', tag, 'sleep', '600'); // stopAll must not leave it running

    const before = a.pid();
    await a.kill();
    expect(a.pid()).toBeUndefined();
    await a.start();
    expect(a.pid()).not.toBe(before);
    expect(await a.docker('network', 'ls', '--format', '{{.Name}}')).toContain('z_x');
  }, 120_000);
});
