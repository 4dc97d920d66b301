/** Reads a chosen file as base64 (without the `data:…;base64,` prefix), as `PlanImportInput.contentBase64` wants. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : url);
    };
    reader.readAsDataURL(file);
  });
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
