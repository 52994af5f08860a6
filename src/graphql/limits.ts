import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Limits set for this schema: its deepest useful query (sessions → agent → networks → agent → …) is 6 levels and the
 * launcher's read a few dozen fields, so these are far above what clients need and far below what hurts.
 */
export const limits = {
  /** Nesting of fields, fragments spread in place; introspection fields do not count. */
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  /** Field selections once fragments are spread: a cost that alias and fragment floods cannot dodge. */
  maxFields: 2000,
  /** Tokens of a document; parsing stops there. */
  maxTokens: 5000,
} as const;

// Written here rather than taken from graphql-armor. Checked with @escape.tech/graphql-armor 3.2 under Node 20: its
// CommonJS builds now load with this server's one graphql (graphql 16's main entry is CommonJS too; only a bundler
// that picks graphql's ESM build, as Vite does unless vitest.config.ts aliases it, makes two copies). Its rules are
// not ours, though: its depth rule throws out of validate() ("Syntax Error: Query depth limit of 2 exceeded, found
// 5.") rather than report a validation error, and with propagateOnRejection off validate() returns no error at all
// (depth and cost alike); its cost rule weighs fields rather than counting them once fragments are spread; and its
// messages do not say what to do.

// No code here: like graphql's own rules, these are GRAPHQL_VALIDATION_FAILED, on HTTP (Apollo) and graphql-ws alike.
function limitError(what: string, found: number, max: number) {
  return new GraphQLError(`The operation has ${found} ${what}; the limit is ${max}. Split it into smaller operations.`);
}

/**
 * Text Postgres cannot store: NUL characters, and lone UTF-16 surrogates (which jsonb refuses). Returns a message
 * for the first such string in a value (variables, nested), or undefined.
 */
export function badText(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return 'Text must not contain NUL (\\u0000) characters.';
    if (!value.isWellFormed()) return 'Text must be well-formed Unicode (it has a lone surrogate).';
    return undefined;
  }
  if (depth > 50 || value === null || typeof value !== 'object') return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const bad = badText(item, depth + 1);
    if (bad) return bad;
  }
  return undefined;
}

/** The same check for strings written into the document itself. */
const wellFormedTextRule: ValidationRule = (context) => ({
  StringValue(node) {
    const bad = badText(node.value);
    if (bad) context.reportError(new GraphQLError(bad, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } }));
  },
});

/** Depth, field count, aliases and directives of each operation, with its fragments spread in place. */
const operationLimitsRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  return {
    OperationDefinition(operation) {
      let fields = 0;
      let aliases = 0;
      let directives = operation.directives?.length ?? 0;
      let depth = 0;
      // Returns early once a limit is passed, so a hostile document costs at most the limits to walk. Introspection
      // (whose standard query nests ofType deeply) is exempt from the depth limit only: its fields and aliases count.
      const walk = (set: SelectionSetNode, level: number, visiting: Set<string>, introspecting: boolean): boolean => {
        for (const selection of set.selections) {
          directives += selection.directives?.length ?? 0;
          if (selection.kind === Kind.FIELD) {
            const inIntrospection = introspecting || selection.name.value === '__schema' || selection.name.value === '__type';
            fields++;
            if (selection.alias) aliases++;
            if (!inIntrospection) depth = Math.max(depth, level);
            if (fields > limits.maxFields || aliases > limits.maxAliases || depth > limits.maxDepth) return false;
            if (selection.selectionSet && !walk(selection.selectionSet, level + 1, visiting, inIntrospection)) return false;
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            if (!walk(selection.selectionSet, level, visiting, introspecting)) return false;
          } else {
            const fragment = fragments.get(selection.name.value);
            // Unknown and cyclic fragments are reported by graphql's own rules.
            if (!fragment || visiting.has(fragment.name.value)) continue;
            directives += fragment.directives?.length ?? 0;
            visiting.add(fragment.name.value);
            const ok = walk(fragment.selectionSet, level, visiting, introspecting);
            visiting.delete(fragment.name.value);
            if (!ok) return false;
          }
          if (directives > limits.maxDirectives) return false;
        }
        return true;
      };
      walk(operation.selectionSet, 1, new Set(), false);
      if (depth > limits.maxDepth) context.reportError(limitError('levels of nesting', depth, limits.maxDepth));
      else if (aliases > limits.maxAliases) context.reportError(limitError('aliases', aliases, limits.maxAliases));
      else if (fields > limits.maxFields) context.reportError(limitError('fields', fields, limits.maxFields));
      else if (directives > limits.maxDirectives) context.reportError(limitError('directives', directives, limits.maxDirectives));
      return false;
    },
  };
};

/** The validation rules that HTTP (through Apollo) and graphql-ws both apply, besides graphql's own. */
export function limitRules({ introspection }: { introspection: boolean }): ValidationRule[] {
  return [operationLimitsRule, wellFormedTextRule, ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}
