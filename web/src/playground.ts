// The GraphQL playground at `/`: GraphiQL, with a place for the API token; without one, the sign-in cookie of the
// launcher (or of an OpenID Connect sign-in, which lands here) stands in. Written without JSX so that the pages need
// no React build plugin; there is little markup here.
import 'graphiql/style.css';
import './base.css';
import './playground.css';
import './monaco-workers.js';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
import { createElement as h, useEffect, useMemo, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { graphql } from './__generated__/gql.js';
import type { PlaygroundViewerQuery } from './__generated__/graphql.js';
import { graphqlWsUrl, request, type Credential } from './api.js';
import { exampleTabs } from './examples.js';
import { createPlaygroundFetcher } from './playground-fetcher.js';
import { forgetToken, loadToken, saveToken, takeTokenFromLocation } from './token.js';

const viewerQuery = graphql(`
  query PlaygroundViewer {
    viewer {
      owner
      role
    }
  }
`);
type Viewer = PlaygroundViewerQuery['viewer'];

/** The top bar's line: who the playground acts as, or why it acts as no one. */
function describeViewer(token: string | null, { viewer, error }: { viewer?: Viewer; error?: string }): string {
  if (viewer) return `Signed in as ${viewer.owner} (${viewer.role})${token ? '' : ' in this browser'}`;
  if (!token) return 'No token: paste an API key to use the API, or sign in on the launcher.';
  return error ? `Token refused: ${error}` : 'Checking the token…';
}

function Playground() {
  const [token, setToken] = useState(() => takeTokenFromLocation() ?? loadToken());
  const [viewer, setViewer] = useState<{ viewer?: Viewer; error?: string }>({});
  // The token; else null (the cookie) once the server has accepted the cookie; else undefined (nothing to send).
  const credential: Credential | undefined = token ?? (viewer.viewer ? null : undefined);

  // One WebSocket client per credential, closed when it changes: graphql-ws sends the token once, on connecting (a
  // cookie goes with the upgrade).
  const wsClient = useMemo(
    () =>
      credential !== undefined
        ? createClient({
            url: graphqlWsUrl,
            connectionParams: credential ? { authorization: `Bearer ${credential}` } : {},
            lazy: true,
            retryAttempts: 3,
          })
        : undefined,
    [credential],
  );
  useEffect(() => () => void wsClient?.dispose(), [wsClient]);

  // A new fetcher makes GraphiQL introspect again, with the new credential. Without one nothing is sent.
  const fetcher = useMemo(() => createPlaygroundFetcher(credential, wsClient), [credential, wsClient]);

  useEffect(() => {
    setViewer({});
    let current = true;
    // Without a token, this asks whether the browser holds a sign-in cookie; a refusal then just means it does not.
    request(token, viewerQuery).then(
      ({ viewer }) => current && setViewer({ viewer }),
      (error: Error) => current && setViewer(token ? { error: error.message } : {}),
    );
    return () => void (current = false);
  }, [token]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('token') as HTMLInputElement;
    const value = input.value.trim();
    if (!value) return input.focus();
    saveToken(value);
    setToken(value);
    input.value = '';
  };
  const forget = () => {
    forgetToken();
    setToken(null);
  };

  const who = describeViewer(token, viewer);

  return h(
    'div',
    { className: 'page' },
    h(
      'header',
      { className: 'bar' },
      h('a', { className: 'brand', href: '/' }, 'Enclave'),
      h(
        'nav',
        { 'aria-label': 'Pages' },
        h('a', { href: '/', 'aria-current': 'page' }, 'Playground'),
        h('a', { href: '/launch' }, 'Launcher'),
      ),
      h(
        'form',
        { className: 'token-form', onSubmit: submit, 'aria-label': 'API token' },
        h('label', { htmlFor: 'token' }, 'API token'),
        h('input', {
          id: 'token',
          name: 'token',
          type: 'password',
          autoComplete: 'off',
          spellCheck: false,
          placeholder: token ? 'Token set; paste another to switch' : 'Paste a token',
        }),
        h('button', { type: 'submit' }, 'Use token'),
        token && h('button', { type: 'button', onClick: forget }, 'Forget'),
      ),
      h('p', { className: `who${viewer.error ? ' error' : ''}`, role: 'status', 'aria-live': 'polite' }, who),
    ),
    h(
      'main',
      { className: 'graphiql-host' },
      h(
        GraphiQL,
        {
          fetcher,
          defaultTabs: exampleTabs,
          defaultEditorToolsVisibility: true,
          shouldPersistHeaders: false,
        },
        h(GraphiQL.Logo, null, 'Enclave'),
      ),
    ),
  );
}

createRoot(document.getElementById('root')!).render(h(Playground));
