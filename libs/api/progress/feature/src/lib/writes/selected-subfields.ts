import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields an operation selects inside `field` of the field being resolved (through fragments and inline
 * fragments, every alias). Directives are not evaluated: a field under `@skip` still counts, so the set may hold more
 * than is answered, never less.
 */
export function selectedSubfields(info: GraphQLResolveInfo, field: string): Set<string> {
  const names = new Set<string>();
  const inner: SelectionSetNode[] = [];
  for (const node of info.fieldNodes)
    visit(
      node.selectionSet,
      info,
      (child) => child.name.value === field && child.selectionSet && inner.push(child.selectionSet),
    );
  for (const selectionSet of inner) visit(selectionSet, info, (child) => names.add(child.name.value));
  return names;
}

function visit(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  onField: (field: { name: { value: string }; selectionSet?: SelectionSetNode }) => unknown,
  seen = new Set<string>(),
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) onField(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, info, onField, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      visit(info.fragments[selection.name.value]?.selectionSet, info, onField, seen);
    }
  }
}
