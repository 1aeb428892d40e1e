import { NewsPost } from '../../core/types';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { NewsLayout } from './VitalityNews.types';

export interface NewsCardProps {
  post: NewsPost;
  locale: DisplayLocale;
  layout: NewsLayout;
  /** Opens the detail; the card's title button is where focus returns when it closes. */
  onOpen: (post: NewsPost) => void;
}
