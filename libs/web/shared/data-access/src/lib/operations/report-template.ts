// Administrator operations: the partnership's own Word template for the board report (uploaded over multipart).
import { graphql } from '../generated';

graphql(`
  query ReportTemplate {
    reportTemplate {
      id
      fileName
      byteSize
      uploadedAt
      uploadedByName
      version
    }
  }
`);

graphql(`
  mutation RemoveReportTemplate($input: RemoveReportTemplateInput!) {
    removeReportTemplate(input: $input)
  }
`);
