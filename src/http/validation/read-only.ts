/**
 * The API is read-only. graphql-js only notices a mutation against a schema without a Mutation
 * type when executing (as an internal error); this rule rejects it up front, with a clear reason.
 */
import { GraphQLError, type ValidationRule } from "graphql";

export const readOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === "query") return;
    context.reportError(
      new GraphQLError(`This API is read-only: ${node.operation} operations are not served. Facts enter the graph only through sourced, reviewed seed files.`, {
        nodes: node,
        extensions: { code: "READ_ONLY_API" },
      }),
    );
  },
});
