import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, specifiedRules, validate, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../composition/schema.js';
import { loadConfig } from '../config.js';
import { queryLimits } from './query-limits.js';

const clientSources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/src');

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

/** Every operation the client sends, each with the fragments it spreads (transitively). */
function clientOperations(): { name: string; definitions: DefinitionNode[] }[] {
  const definitions = graphqlFiles(clientSources).flatMap((file) => parse(fs.readFileSync(file, 'utf8')).definitions);
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(fragment.name.value)) {
              used.set(fragment.name.value, fragment);
              collect(fragment);
            }
          },
        });
      collect(operation);
      return { name: operation.name?.value ?? '(anonymous)', definitions: [operation, ...used.values()] };
    });
}

describe('query limits', () => {
  let schema: Awaited<ReturnType<typeof buildSchema>>;
  beforeAll(async () => {
    schema = await buildSchema();
  });

  it('pass every operation of the client at the default limits (depth counts fields, not fragment spreads)', () => {
    const limits = queryLimits(loadConfig({}));
    const operations = clientOperations();
    expect(operations.length).toBeGreaterThan(50);
    const refused = operations
      .map(({ name, definitions }) => ({ name, errors: validate(schema, { kind: Kind.DOCUMENT, definitions }, [...specifiedRules, ...limits.validationRules]).map((e) => e.message) }))
      .filter((result) => result.errors.length);
    expect(refused).toEqual([]);
  });

  it('still refuse a query whose fields nest deeper than the limit, however it is split into fragments', () => {
    const limits = queryLimits(loadConfig({}, { limits: { maxDepth: 3, maxAliases: 15, maxCost: 1e9, maxTokens: 2000 } }));
    const split = parse(`query Deep { auditLog { ...Edges } } fragment Edges on AuditEntryConnection { edges { node { actor { id } } } }`);
    const errors = validate(schema, split, [...specifiedRules, ...limits.validationRules]).map((e) => e.message);
    expect(errors.join(' ')).toMatch(/depth/i);
  });
});
