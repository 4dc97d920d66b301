import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '@waymark/api/database';

export interface NotificationView {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly linkPath: string;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

const VIEW_COLUMNS = `id, kind, title, body, link_path AS "linkPath", created_at AS "createdAt", read_at AS "readAt"`;

/**
 * A person's own notifications in the app: newest first, read or unread. Every statement is scoped to the signed-in
 * person, so another person's notification id is simply not there (marking it read changes nothing).
 */
@Injectable()
export class NotificationInbox {
  constructor(private readonly dataSource: DataSource) {}

  list(personId: string, limit: number): Promise<NotificationView[]> {
    return queryRows<NotificationView>(
      this.dataSource,
      `SELECT ${VIEW_COLUMNS} FROM notification WHERE person_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [personId, limit],
    );
  }

  async unreadCount(personId: string): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      this.dataSource,
      `SELECT count(*)::int AS n FROM notification WHERE person_id = $1 AND read_at IS NULL`,
      [personId],
    );
    return row.n;
  }

  /** Marks the person's own notifications among `ids` (all of them when `ids` is null) read; resolves to how many stay unread. */
  async markRead(personId: string, ids: readonly string[] | null): Promise<number> {
    // One statement: the outer count still sees the rows as they were before the UPDATE, so subtract what it marked.
    const [row] = await queryRows<{ n: number }>(
      this.dataSource,
      `WITH marked AS (
         UPDATE notification SET read_at = now()
          WHERE person_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
         RETURNING 1
       )
       SELECT ((SELECT count(*) FROM notification WHERE person_id = $1 AND read_at IS NULL) - (SELECT count(*) FROM marked))::int AS n`,
      [personId, ids],
    );
    return row.n;
  }
}
