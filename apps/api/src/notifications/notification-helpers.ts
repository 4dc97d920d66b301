import type { ParsedMail } from 'mailparser';
import type { TestApp } from '../testing/test-app';

export const UPDATE_FIELDS = 'id version reviewState proposedRag validatedRag';
export const ACCEPT = `mutation($input: AcceptProgressUpdateInput!) { acceptProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
export const RETURN = `mutation($input: ReturnProgressUpdateInput!) { returnProgressUpdate(input: $input) { ${UPDATE_FIELDS} } }`;
export const VALIDATE = `mutation($input: ValidateRagInput!) { validateRag(input: $input) { ${UPDATE_FIELDS} } }`;
export const PERIOD_STATE =
  'mutation($input: SetPeriodStateInput!) { setPeriodState(input: $input) { id version state } }';
export const SETTINGS = '{ notificationSettings { version preferences { kind delivery essential choices } } }';
export const UPDATE_SETTINGS =
  'mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { version preferences { kind delivery } } }';

/** The messages the SMTP server received for one address. */
export function mailTo(received: readonly ParsedMail[], address: string): ParsedMail[] {
  return received.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.value.some((a) => a.address === address) : false));
}

export interface NotificationRow {
  kind: string;
  title: string;
  body: string;
  link_path: string;
  email: string;
  digested_at: Date | null;
  read_at: Date | null;
}

export function notificationsOf(api: TestApp, personId: string): Promise<NotificationRow[]> {
  return api.dataSource.query(
    `SELECT kind, title, body, link_path, email, digested_at, read_at FROM notification WHERE person_id = $1 ORDER BY created_at, id`,
    [personId],
  );
}

/** GraphQL call that must succeed; answers the named field. */
export async function ok<T>(
  api: TestApp,
  query: string,
  variables: Record<string, unknown>,
  cookie: string | undefined,
  key: string,
): Promise<T> {
  const result = await api.graphql<Record<string, T>>(query, variables, cookie);
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return (result.data as Record<string, T>)[key];
}
