/** Sessions' hosts: `<session id>.<domain>`, each an origin of its own (cookies, storage, permissions). */
export function createSessionHosts({ domain, publicUrl }: { domain: string; publicUrl: () => URL }) {
  const suffix = `.${domain}`;
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  return {
    /** The session a Host header names; null for a host under the domain that names none; undefined for another host. */
    sessionOf(host: string | undefined): string | null | undefined {
      if (!host) return undefined;
      const name = host.replace(/:\d+$/, '').toLowerCase();
      if (name !== domain && !name.endsWith(suffix)) return undefined;
      const label = name.slice(0, -suffix.length);
      return uuid.test(label) ? label : null;
    },

    /** The URL of `path` on the session's host: Enclave's scheme and port (ENCLAVE_PUBLIC_URL), the session's name. */
    urlOf(sessionId: string, path: string): URL {
      const base = publicUrl();
      return new URL(path, `${base.protocol}//${sessionId}${suffix}${base.port ? `:${base.port}` : ''}`);
    },
  };
}
