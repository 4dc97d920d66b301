import { Injectable, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PublishedNoticesDocument, type PublishedNoticesQuery } from '@waymark/web/shared/data-access';

export type PublishedNotices = PublishedNoticesQuery['publishedNotices'];

/** The administrator-completed fields of the accessibility statement and privacy notice (public: no sign-in needed). */
@Injectable({ providedIn: 'root' })
export class PublishedNoticesStore {
  private readonly apollo = inject(Apollo);
  readonly notices = signal<PublishedNotices | null>(null);
  /** True once the answer (or a failure, after which the pages show their default wording) has come back. */
  readonly loaded = signal(false);

  async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: PublishedNoticesDocument, fetchPolicy: 'network-only' }),
      );
      this.notices.set(result.data?.publishedNotices ?? null);
    } catch {
      this.notices.set(null);
    } finally {
      this.loaded.set(true);
    }
  }
}
