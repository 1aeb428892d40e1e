import { NewsPost } from '../../core/types';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { NewsLayout } from './VitalityNews.types';

export interface NewsCardProps {
  post: NewsPost;
  locale: DisplayLocale;
  layout: NewsLayout;
}
