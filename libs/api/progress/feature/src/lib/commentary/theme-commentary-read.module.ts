import { Module } from '@nestjs/common';
import { ThemeCommentaryReadService } from '@waymark/api/progress/data-access';
import { ThemeCommentaryQueryResolver } from './theme-commentary-query.resolver';

@Module({ providers: [ThemeCommentaryReadService, ThemeCommentaryQueryResolver] })
export class ThemeCommentaryReadModule {}
