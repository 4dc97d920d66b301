interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

function fieldProblems(error: unknown): readonly FieldProblem[] {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return [];
  const extensions: unknown = error.extensions;
  if (
    typeof extensions !== 'object' ||
    extensions === null ||
    !('fields' in extensions) ||
    !Array.isArray(extensions.fields)
  )
    return [];
  const fields: readonly unknown[] = extensions.fields;
  return fields.filter(isFieldProblem);
}

function isFieldProblem(f: unknown): f is FieldProblem {
  return (
    typeof f === 'object' &&
    f !== null &&
    'field' in f &&
    typeof f.field === 'string' &&
    'message' in f &&
    typeof f.message === 'string'
  );
}

/** Prints why an import, backup or restore failed (with the fields a validation error names) and gives exit code 1. */
export function reportCliFailure(error: unknown): number {
  console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  for (const f of fieldProblems(error)) console.error(`  ${f.field}: ${f.message}`);
  return 1;
}
