// What each board report format must look like when downloaded: content type and the first bytes of the file.
const ZIP = (bytes) => bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));

export const REPORT_CHECKS = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    minBytes: 5_000,
    looksRight: ZIP,
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    minBytes: 5_000,
    looksRight: ZIP,
  },
  pdf: {
    contentType: 'application/pdf',
    minBytes: 10_000,
    looksRight: (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  csv: { contentType: 'text/csv', minBytes: 500, looksRight: (bytes) => bytes.toString('utf8').split('\n').length > 5 },
  html: {
    contentType: 'text/html',
    minBytes: 2_000,
    looksRight: (bytes) => /<html[\s>]/i.test(bytes.toString('utf8', 0, 2_000)),
  },
};

/** Null when the download is right, else why not. */
export function reportProblem(format, file) {
  const check = REPORT_CHECKS[format];
  if (!file.contentType.startsWith(check.contentType))
    return `content type "${file.contentType}", expected ${check.contentType}`;
  if (file.bytes.length < check.minBytes)
    return `only ${file.bytes.length} bytes (expected at least ${check.minBytes})`;
  if (!check.looksRight(file.bytes))
    return `does not look like ${format}: ${JSON.stringify(file.bytes.toString('latin1', 0, 40))}`;
  if (!/^attachment;/.test(file.disposition)) return `Content-Disposition "${file.disposition}" is not an attachment`;
  return null;
}
