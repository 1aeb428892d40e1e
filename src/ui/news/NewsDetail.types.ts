import { NewsPost } from '../../core/types';
import { DisplayLocale } from '../../core/time/dutchFormat';
import { NewsApi } from '../../data/contracts/INewsApi';

export interface NewsDetailProps {
  /** The post as the feed returned it: shown at once while the full post loads. */
  post: NewsPost;
  api: NewsApi;
  now: () => Date;
  locale: DisplayLocale;
  onClose: () => void;
}
