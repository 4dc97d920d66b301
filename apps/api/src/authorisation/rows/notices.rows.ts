import { ADMIN_ONLY, MatrixRow, QueryRow, mutationDoc } from '../matrix-row';
import { unique } from './records';

/** The accessibility statement's and privacy notice's partnership fields: administrators only. */
export const NOTICE_ROWS: MatrixRow[] = [
  {
    mutation: 'updateNoticeSettings',
    document: mutationDoc('updateNoticeSettings', 'UpdateNoticeSettingsInput', '{ version }'),
    prepare: async (fx, db) => {
      const [row] = await db<{ version: number }>(`SELECT version FROM partnership_notice WHERE partnership_id = $1`, [
        fx.partnershipId,
      ]);
      return {
        input: {
          partnershipId: fx.partnershipId,
          version: row?.version ?? 1,
          organisationName: unique('York Community Safety Partnership'),
        },
      };
    },
    allowed: ADMIN_ONLY,
  },
];

export const NOTICE_QUERY_ROWS: QueryRow[] = [
  {
    query: 'noticeSettings',
    document: 'query($id: ID!) { noticeSettings(partnershipId: $id) { version } }',
    prepare: (fx) => ({ id: fx.partnershipId }),
  },
];
