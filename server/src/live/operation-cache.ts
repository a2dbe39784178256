import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

/**
 * Parsed and validated operations by their text, for the WebSocket side (Apollo keeps its own for
 * HTTP). A thousand boards send the same subscription: they share one document instead of
 * parsing, validating and keeping a copy each.
 */
export class OperationCache {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly maxTokens: number,
    private readonly size = 500,
  ) {}

  /** The operation's document, or the errors that refuse it (coded as Apollo codes them on HTTP). */
  check(text: string): DocumentNode | GraphQLError[] {
    const cached = this.documents.get(text);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(text, { maxTokens: this.maxTokens });
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'Syntax Error';
      return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const errors = validate(this.schema, document, this.rules);
    if (errors.length) return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }));
    // the oldest operation makes room: endless variants only churn the cache
    if (this.documents.size >= this.size) this.documents.delete(this.documents.keys().next().value!);
    this.documents.set(text, document);
    return document;
  }
}
