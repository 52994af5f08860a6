// The GraphQL playground at `/`: GraphiQL, with a place for the API token. Written without JSX so that the pages need
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
import { graphqlWsUrl, request } from './api.js';
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

function Playground() {
  const [token, setToken] = useState(() => takeTokenFromLocation() ?? loadToken());
  const [viewer, setViewer] = useState<{ viewer?: Viewer; error?: string }>({});

  // One WebSocket client per token, closed when the token changes: graphql-ws sends the token once, on connecting.
  const wsClient = useMemo(
    () =>
      token
        ? createClient({
            url: graphqlWsUrl,
            connectionParams: { authorization: `Bearer ${token}` },
            lazy: true,
            retryAttempts: 3,
          })
        : undefined,
    [token],
  );
  useEffect(() => () => void wsClient?.dispose(), [wsClient]);

  // A new fetcher makes GraphiQL introspect again, with the new token. Without a token nothing is sent.
  const fetcher = useMemo(() => createPlaygroundFetcher(token, wsClient), [token, wsClient]);

  useEffect(() => {
    setViewer({});
    if (!token) return;
    let current = true;
    request(token, viewerQuery).then(
      ({ viewer }) => current && setViewer({ viewer }),
      (error: Error) => current && setViewer({ error: error.message }),
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

  const who = !token
    ? 'No token: paste an API key to use the API.'
    : viewer.viewer
      ? `Signed in as ${viewer.viewer.owner} (${viewer.viewer.role})`
      : viewer.error
        ? `Token refused: ${viewer.error}`
        : 'Checking the token…';

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
