import { describe, expect, it } from 'vitest';
import { forwarderCommand, forwarders, parseProbe } from './forwarders.js';

describe('forwarders', () => {
  it('connects every forwarder to the port on loopback only', () => {
    for (const forwarder of forwarders) {
      const command = forwarderCommand(forwarder, 6901).join(' ');
      expect(command).toMatch(/6901/);
      expect(command).not.toMatch(/0\.0\.0\.0|localhost/);
    }
    expect(forwarderCommand('socat', 80)).toEqual(['socat', '-t', '1', '-', 'TCP:127.0.0.1:80']);
  });

  it('reads the probe: the forwarder found, or what the image needs', () => {
    expect(parseProbe({ exitCode: 0, stdout: 'nc\n', stderr: '' })).toEqual({ forwarder: 'nc' });
    const none = parseProbe({ exitCode: 3, stdout: '', stderr: '' });
    expect(none.forwarder).toBeUndefined();
    expect('message' in none && none.message).toMatch(/nc .*python3, socat, or bash/);
    const noShell = parseProbe({ exitCode: 127, stdout: '', stderr: 'exec: "sh": executable file not found in $PATH' });
    expect('message' in noShell && noShell.message).toMatch(/executable file not found/);
    expect(parseProbe({ exitCode: 0, stdout: 'perl\n', stderr: '' }).forwarder).toBeUndefined();
  });
});
