import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

// Answered from the schema in memory; graphql-js's MaxIntrospectionDepthRule bounds their nesting.
const INTROSPECTION = new Set(['__schema', '__type']);

/**
 * How deeply the chosen operation nests its fields: `{ a { b } }` is 2. Fragments
 * count where they are spread; each fragment's depth is worked out once, so a
 * document that spreads fragments into fragments costs linear time, not exponential.
 */
export const operationDepth = (document: DocumentNode, operationName?: string | null): number => {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentDepths = new Map<string, number>();

  const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: ReadonlySet<string>): number => {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (INTROSPECTION.has(selection.name.value)) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        // Validation refuses fragment cycles before this runs; the check only keeps a bad document from looping.
        if (visiting.has(name)) continue;
        if (!fragmentDepths.has(name)) fragmentDepths.set(name, depthOf(fragments.get(name)?.selectionSet, new Set([...visiting, name])));
        deepest = Math.max(deepest, fragmentDepths.get(name)!);
      }
    }
    return deepest;
  };

  return depthOf(operation.selectionSet, new Set());
};
