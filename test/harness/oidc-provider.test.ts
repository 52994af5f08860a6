// Proves the OIDC provider harness with openid-client v6, the library Enclave signs in with: if these pass, a failing
// Enclave sign-in test points at Enclave, not at the harness.
import crypto from 'node:crypto';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from './oidc-provider.js';

const redirectUri = 'http://127.0.0.1:9/auth/oidc/callback';
const scope = 'openid profile email groups';

interface SignIn {
  callbackUrl: string;
  pkceCodeVerifier: string;
  expectedState: string;
  expectedNonce: string;
}

async function discover(oidc: TestOidcProvider, auth = client.ClientSecretBasic(oidc.clientSecret)) {
  return client.discovery(new URL(oidc.issuer), oidc.clientId, undefined, auth, { execute: [client.allowInsecureRequests] });
}

/** What Enclave does up to the provider's callback: PKCE S256, state, nonce; then the harness plays the browser. */
async function signIn(oidc: TestOidcProvider, config: client.Configuration, sub: string): Promise<SignIn> {
  const pkceCodeVerifier = client.randomPKCECodeVerifier();
  const expectedState = client.randomState();
  const expectedNonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    state: expectedState,
    nonce: expectedNonce,
  });
  const callbackUrl = await oidc.authorize(url.href, sub);
  return { callbackUrl, pkceCodeVerifier, expectedState, expectedNonce };
}

/** The error `promise` rejects with; openid-client wraps the reason (e.g. which check failed) in `cause`. */
async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; error?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string; error?: string };
  }
  throw new Error('expected a rejection');
}

/** Verifies an RS256 JWT against the provider's published JWKS (openid-client checks exp before any signature). */
async function expectSignedByProvider(oidc: TestOidcProvider, jwt: string): Promise<void> {
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid: string };
  const { keys } = (await (await fetch(`${oidc.issuer}/jwks`)).json()) as { keys: (crypto.JsonWebKey & { kid: string })[] };
  const key = crypto.createPublicKey({ key: keys.find((k) => k.kid === kid)!, format: 'jwk' });
  expect(crypto.verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))).toBe(true);
}

function grant(config: client.Configuration, { callbackUrl, ...checks }: SignIn) {
  return client.authorizationCodeGrant(config, new URL(callbackUrl), { ...checks, idTokenExpected: true });
}

describe('OIDC provider harness (client_secret_basic)', () => {
  let oidc: TestOidcProvider;
  let config: client.Configuration;

  beforeAll(async () => {
    oidc = await startOidcProvider({ redirectUris: [redirectUri] });
    oidc.setUser({ sub: 'u-alice', preferred_username: 'alice', email: 'alice@example.test', name: 'Alice', groups: ['devs'] });
    config = await discover(oidc);
  });
  afterAll(() => oidc?.close());

  it('issues an ID token with the profile, email and groups claims', async () => {
    expect(oidc.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const attempt = await signIn(oidc, config, 'u-alice');
    expect(attempt.callbackUrl.startsWith(`${redirectUri}?`)).toBe(true);
    const tokens = await grant(config, attempt);
    expect(tokens.claims()).toMatchObject({
      iss: oidc.issuer,
      aud: oidc.clientId,
      sub: 'u-alice',
      preferred_username: 'alice',
      email: 'alice@example.test',
      email_verified: true,
      name: 'Alice',
      groups: ['devs'],
      nonce: attempt.expectedNonce,
    });
  });

  it('shows changed groups at the next sign-in', async () => {
    oidc.setUser({ sub: 'u-alice', preferred_username: 'alice', groups: ['devs', 'admins'] });
    const tokens = await grant(config, await signIn(oidc, config, 'u-alice'));
    expect(tokens.claims()?.groups).toEqual(['devs', 'admins']);
  });

  it('rejects a replayed authorization code', async () => {
    const attempt = await signIn(oidc, config, 'u-alice');
    await grant(config, attempt);
    await expect(grant(config, attempt)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('lets the client reject a callback with the wrong state', async () => {
    const attempt = await signIn(oidc, config, 'u-alice');
    const error = await rejection(grant(config, { ...attempt, expectedState: client.randomState() }));
    expect(error.code).toBe('OAUTH_INVALID_RESPONSE');
    expect((error.cause as Error).message).toBe('unexpected "state" response parameter value');
  });

  it('issues expired, validly signed ID tokens while expireIdTokens is on', async () => {
    const expiredConfig = await discover(oidc);
    const idTokens: string[] = [];
    expiredConfig[client.customFetch] = async (url, options) => {
      const response = await fetch(url, options as RequestInit); // FetchBody vs BodyInit: lib typing only
      const body = (await response.clone().json()) as { id_token?: string };
      if (body.id_token) idTokens.push(body.id_token);
      return response;
    };
    oidc.expireIdTokens(true);
    try {
      const error = await rejection(grant(expiredConfig, await signIn(oidc, expiredConfig, 'u-alice')));
      expect(error.code).toBe('OAUTH_JWT_TIMESTAMP_CHECK_FAILED');
      expect((error.cause as Error).message).toMatch(/"exp" \(expiration time\) claim value, expiration is past current timestamp/);
    } finally {
      oidc.expireIdTokens(false);
    }
    expect(idTokens).toHaveLength(1);
    await expectSignedByProvider(oidc, idTokens[0]!);
    const tokens = await grant(config, await signIn(oidc, config, 'u-alice'));
    expect(tokens.claims()?.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it('refuses client_secret_post, the openid-client default for a bare secret, for this client', async () => {
    const postConfig = await discover(oidc, client.ClientSecretPost(oidc.clientSecret));
    expect(await rejection(grant(postConfig, await signIn(oidc, postConfig, 'u-alice')))).toMatchObject({ error: 'invalid_client' });
  });
});

describe('OIDC provider harness (client_secret_post, custom groups claim)', () => {
  let oidc: TestOidcProvider;

  beforeAll(async () => {
    oidc = await startOidcProvider({ redirectUris: [redirectUri], groupsClaim: 'roles', tokenEndpointAuthMethod: 'client_secret_post' });
    oidc.setUser({ sub: 'u-bob', preferred_username: 'bob', groups: ['ops'] });
  });
  afterAll(() => oidc?.close());

  it('puts the groups under the configured claim', async () => {
    const config = await client.discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
      execute: [client.allowInsecureRequests],
    });
    const claims = (await grant(config, await signIn(oidc, config, 'u-bob'))).claims();
    expect(claims).toMatchObject({ sub: 'u-bob', preferred_username: 'bob', roles: ['ops'] });
    expect(claims).not.toHaveProperty('groups');
  });

  it('refuses to sign in an unknown user', async () => {
    const config = await discover(oidc, client.ClientSecretPost(oidc.clientSecret));
    await expect(signIn(oidc, config, 'u-nobody')).rejects.toThrow(/no test OIDC user/);
  });
});
