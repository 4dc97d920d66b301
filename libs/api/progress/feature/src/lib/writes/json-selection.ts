import type { JsonEncoding, JsonField } from '@waymark/api/progress/data-access';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
  isScalarType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

const JSON_SCALARS = new Set(['String', 'ID', 'Int', 'Boolean']);

/**
 * What the field being resolved (a list of objects) selects in each item, as graphql-js collects it: fields merged
 * by response key in the order each key first appears, through fragments and inline fragments, with `__typename`.
 * Null when the selection holds what this does not reproduce (a directive, an argument, a fragment on another type, a
 * list or custom scalar leaf): the caller then answers through ordinary execution.
 */
export function jsonSelection(info: GraphQLResolveInfo): JsonField[] | null {
  const itemType = getNamedType(info.returnType);
  if (!isObjectType(itemType)) return null;
  return collect(
    info.fieldNodes.map((node) => node.selectionSet),
    itemType,
    info,
  );
}

function collect(
  selectionSets: ReadonlyArray<SelectionSetNode | undefined>,
  type: GraphQLObjectType,
  info: GraphQLResolveInfo,
): JsonField[] | null {
  const byKey = new Map<string, FieldNode[]>();
  const add = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): boolean => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.directives?.length) return false;
      if (selection.kind === Kind.FIELD) {
        if (selection.arguments?.length) return false;
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== type.name) return false;
        if (!add(selection.selectionSet, seen)) return false;
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (!fragment || fragment.typeCondition.name.value !== type.name || fragment.directives?.length) return false;
        if (!add(fragment.selectionSet, seen)) return false;
      }
    }
    return true;
  };
  for (const selectionSet of selectionSets) if (!add(selectionSet, new Set())) return null;
  const fields: JsonField[] = [];
  for (const [key, nodes] of byKey) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      fields.push({ key, kind: 'typename', typeName: type.name });
      continue;
    }
    const definition = type.getFields()[name];
    const field = definition && leafOrObject(key, definition, nodes, info);
    if (!field) return null;
    fields.push(field);
  }
  return fields;
}

function leafOrObject(
  key: string,
  definition: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
): JsonField | null {
  if (isListType(getNullableType(definition.type))) return null;
  const type = getNamedType(definition.type);
  if (isObjectType(type)) {
    const fields = collect(
      nodes.map((node) => node.selectionSet),
      type,
      info,
    );
    return fields && { key, kind: 'object', field: definition.name, fields };
  }
  let encoding: JsonEncoding | null = null;
  if (isEnumType(type))
    encoding = { enumNames: type.getValues().map((value) => [String(value.value), value.name] as const) };
  else if (isScalarType(type) && JSON_SCALARS.has(type.name)) encoding = 'json';
  else if (isScalarType(type) && type.name === 'DateTime') encoding = 'timestamp';
  return encoding && { key, kind: 'value', field: definition.name, encoding };
}
