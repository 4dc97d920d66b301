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
  return extensions.fields.filter(
    (f): f is FieldProblem =>
      typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.message === 'string',
  );
}

/** Prints why an import, backup or restore failed (with the fields a validation error names) and gives exit code 1. */
export function reportCliFailure(error: unknown): number {
  console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  for (const f of fieldProblems(error)) console.error(`  ${f.field}: ${f.message}`);
  return 1;
}
