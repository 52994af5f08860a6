// The shape of src/ that STYLE.md describes, checked: small files and functions, a root that holds only the entry
// points and cross-cutting modules, and dependencies that point down (transport, bus and Docker know no domain).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../src/', import.meta.url).pathname;
const domains = ['agents', 'auth', 'connect', 'networks', 'registries', 'sessions', 'staging', 'workspaces'];

interface Module {
  path: string; // relative to src/, e.g. 'http/server.ts'
  folder: string; // '' for the root
  source: ts.SourceFile;
  lines: number;
  /** What it imports: the specifier, and whether only types come of it. */
  imports: { from: string; typeOnly: boolean; names: string[] }[];
}

function modules(): Module[] {
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.startsWith('__generated__'))
    .map((f) => join(root, f));
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const imports = source.statements.filter(ts.isImportDeclaration).map((d) => {
      const bindings = d.importClause?.namedBindings;
      const named = bindings && ts.isNamedImports(bindings) ? bindings.elements : [];
      const typeOnly = !!d.importClause?.isTypeOnly || (named.length > 0 && !d.importClause?.name && named.every((e) => e.isTypeOnly));
      return { from: (d.moduleSpecifier as ts.StringLiteral).text, typeOnly, names: named.filter((e) => !e.isTypeOnly).map((e) => e.name.text) };
    });
    const path = relative(root, file);
    return { path, folder: path.includes('/') ? path.split('/')[0]! : '', source, lines: text.split('\n').length, imports };
  });
}

/** The folder of src/ a relative import of `from` (in `module`) lands in; undefined for a package. */
function folderOf(module: Module, from: string): string | undefined {
  if (!from.startsWith('.')) return undefined;
  const target = relative(root, join(root, module.path, '..', from));
  return target.includes('/') ? target.split('/')[0] : '';
}

function longFunctions(source: ts.SourceFile, max: number): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.end).line - start + 1;
      const name = 'name' in node && node.name ? node.name.getText() : '(anonymous)';
      if (lines > max) found.push(`${name} at line ${start + 1}: ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const all = modules();
const outside = (folder: string) => all.filter((m) => m.folder !== folder);

describe('src/', () => {
  it('has no file over 300 lines and no function over 80 (generated code aside)', () => {
    expect(all.filter((m) => m.lines > 300).map((m) => `${m.path}: ${m.lines} lines`)).toEqual([]);
    expect(all.flatMap((m) => longFunctions(m.source, 80).map((f) => `${m.path}: ${f}`))).toEqual([]);
  });

  it('holds at its root only the entry points and the cross-cutting modules', () => {
    // entitlements: the enclave boundary, a pure rule that every domain applies (as ids.ts is their shared naming rule).
    const allowed = ['main', 'app', 'cli', 'config', 'logger', 'errors', 'ids', 'secrets', 'metrics', 'entitlements'];
    const rootFiles = all.filter((m) => m.folder === '').map((m) => m.path.replace(/(\.test)?\.ts$/, ''));
    expect(rootFiles.filter((name) => !allowed.includes(name))).toEqual([]);
  });

  it('lets only http/ import ws, graphql-ws and Apollo Server itself', () => {
    // Plugins elsewhere may use Apollo's plugin API: its types, and HeaderMap for a response they answer themselves.
    const transport = outside('http').flatMap((m) =>
      m.imports
        .filter(
          ({ from, typeOnly, names }) =>
            from === 'ws' ||
            from.startsWith('graphql-ws') ||
            from.startsWith('@apollo/server/') ||
            (from === '@apollo/server' && !typeOnly && names.some((n) => n !== 'HeaderMap')),
        )
        .map(({ from }) => `${m.path} imports ${from}`),
    );
    expect(transport).toEqual([]);
  });

  it('keeps the transport free of the application: no graphql/, auth or domain import in http/', () => {
    const upward = all
      .filter((m) => m.folder === 'http')
      .flatMap((m) => m.imports.filter(({ from }) => ['graphql', ...domains].includes(folderOf(m, from) ?? '-')).map(({ from }) => `${m.path} imports ${from}`));
    expect(upward).toEqual([]);
  });

  it('keeps the event bus, Docker, the fleet and the cluster free of domains', () => {
    const lower = ['events', 'docker', 'fleet', 'cluster', 'db'];
    const upward = all
      .filter((m) => lower.includes(m.folder))
      .flatMap((m) => m.imports.filter(({ from }) => [...domains, 'graphql', 'http'].includes(folderOf(m, from) ?? '-')).map(({ from }) => `${m.path} imports ${from}`));
    expect(upward).toEqual([]);
  });

  it('lets domains use each other only through types handed in (no domain runs another\'s code)', () => {
    const across = all
      .filter((m) => domains.includes(m.folder) && !m.path.endsWith('.test.ts'))
      .flatMap((m) =>
        m.imports
          .filter(({ from, typeOnly }) => !typeOnly && domains.includes(folderOf(m, from) ?? '-') && folderOf(m, from) !== m.folder)
          .map(({ from }) => `${m.path} imports ${from}`),
      );
    expect(across).toEqual([]);
  });

  it('reads process.env only in config.ts, talks to Docker only in docker/, and runs no SQL in app.ts or cli.ts', () => {
    const env = all.filter((m) => m.path !== 'config.ts' && /process\.env\b/.test(m.source.text)).map((m) => m.path);
    expect(env).toEqual([]);
    const dockerode = outside('docker').filter((m) => m.imports.some(({ from }) => from === 'dockerode')).map((m) => m.path);
    expect(dockerode).toEqual([]);
    const sql = all
      .filter((m) => ['app.ts', 'cli.ts'].includes(m.path))
      .filter((m) => m.imports.some(({ from }) => from === 'drizzle-orm' || from.endsWith('db/schema.js')) || /\.(select|insert|update|delete)\(/.test(m.source.text))
      .map((m) => m.path);
    expect(sql).toEqual([]);
  });
});
