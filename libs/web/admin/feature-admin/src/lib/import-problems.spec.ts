import { importProblems } from './import-problems';

describe('import problems', () => {
  it('shows a damaged workbook as the plain message against the file field, without the API’s input path', () => {
    const message = 'The file could not be read as an Excel workbook (.xlsx): it is damaged or in another format.';
    expect(importProblems([{ field: 'input.uploadId', message }])).toEqual([{ fieldId: 'import-file', message }]);
  });

  it('links the new strategy’s fields and leaves unknown fields unlinked, still without the path', () => {
    expect(
      importProblems([
        { field: 'input.newStrategy.title', message: 'Enter the title' },
        { field: 'input.somethingElse', message: 'Try again' },
      ]),
    ).toEqual([
      { fieldId: 'import-title', message: 'Enter the title' },
      { fieldId: undefined, message: 'Try again' },
    ]);
  });
});
