/** When the accessibility statement was prepared and last reviewed (update both after each accessibility check). */
export const STATEMENT_PREPARED_ON = '6 December 2026';
export const STATEMENT_REVIEWED_ON = '6 December 2026';
export const STATEMENT_TESTED_ON = '6 December 2026';
