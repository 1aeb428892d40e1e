import * as React from 'react';
import { Body1, Button, Spinner, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { NewsPost, Pillar } from '../../core/types';
import { NewsFeedQuery, NewsPageToken } from '../../data/contracts/INewsApi';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { formatString } from '../shared/formatString';
import { pillarLabel } from '../shared/labels';
import { safeUrl } from '../shared/safeUrl';
import { NewsCard } from './NewsCard';
import { appendPage } from './newsFormat';
import { PillarFilter } from './PillarFilter';
import { VitalityNewsProps } from './VitalityNews.types';
import { useVitalityNewsStyles } from './useVitalityNewsStyles';

interface FeedState {
  status: 'loading' | 'ready' | 'error';
  error?: unknown;
  posts: NewsPost[];
  next: NewsPageToken | undefined;
  more: 'idle' | 'loading' | 'error';
  moreError?: unknown;
}

const LOADING: FeedState = { status: 'loading', posts: [], next: undefined, more: 'idle' };

function loadedMessage(count: number): string {
  if (count === 0) {
    return strings.NewsNoMoreLoaded;
  }
  return count === 1 ? strings.NewsLoadedOne : formatString(strings.NewsLoadedCount, count);
}

/**
 * The Vitaliteitsnieuws web part: published #SamenBeter news pages newest first, a page at a
 * time (keyset paging on first publication), optionally narrowed to one pillar. A card's
 * title links to the SharePoint page itself; there is no detail view in the web part.
 */
export function VitalityNews(props: VitalityNewsProps): JSX.Element {
  const styles = useVitalityNewsStyles();
  const { api, locale, pageSize } = props;
  const [pillar, setPillar] = React.useState<Pillar | null>(props.pillarPreset);
  const [feed, setFeed] = React.useState<FeedState>(LOADING);
  const [attempt, setAttempt] = React.useState(0);
  const [announcement, setAnnouncement] = React.useState('');
  const sequence = React.useRef(0);
  const feedRef = React.useRef(feed);
  feedRef.current = feed;
  // Where keyboard focus goes once the cards of "Meer laden" are rendered.
  const focusAfterMore = React.useRef<number | 'heading' | undefined>(undefined);
  const rootRef = React.useRef<HTMLElement>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const headingId = useId('sb-news-heading');

  // The editor changed the preset in the property pane: start over from it.
  React.useEffect(() => {
    setPillar(props.pillarPreset);
  }, [props.pillarPreset]);

  React.useEffect(() => {
    const current = ++sequence.current;
    setFeed(LOADING);
    const query: NewsFeedQuery = { pillar, pageSize };
    api.loadFeed(query).then(
      (page) => {
        if (sequence.current === current) {
          setFeed({ status: 'ready', posts: appendPage([], page.posts).posts, next: page.next, more: 'idle' });
        }
      },
      (error: unknown) => sequence.current === current && setFeed({ ...LOADING, status: 'error', error })
    );
  }, [api, pillar, pageSize, attempt]);

  React.useEffect(() => {
    const target = focusAfterMore.current;
    if (target === undefined) {
      return;
    }
    focusAfterMore.current = undefined;
    const link =
      target === 'heading' ? null : rootRef.current && rootRef.current.querySelector<HTMLElement>(`[data-news-open="${target}"]`);
    const element = link || headingRef.current;
    if (element) {
      element.focus();
    }
  }, [feed]);

  const loadMore = (): void => {
    if (!feed.next || feed.more === 'loading') {
      return;
    }
    const current = sequence.current;
    const query: NewsFeedQuery = { pillar, pageSize, after: feed.next };
    setFeed((f) => ({ ...f, more: 'loading', moreError: undefined }));
    api.loadFeed(query).then(
      (page) => {
        if (sequence.current !== current) {
          return;
        }
        const merged = appendPage(feedRef.current.posts, page.posts);
        // The first new card's link; with no new link and no button left, the heading.
        const firstLinked = merged.added.filter((p) => !!safeUrl(p.url))[0];
        focusAfterMore.current = firstLinked ? firstLinked.id : page.next ? undefined : 'heading';
        setAnnouncement(loadedMessage(merged.added.length));
        setFeed({ status: 'ready', posts: merged.posts, next: page.next, more: 'idle' });
      },
      (error: unknown) => sequence.current === current && setFeed((f) => ({ ...f, more: 'error', moreError: error }))
    );
  };

  const choose = (value: Pillar | null): void => {
    setAnnouncement('');
    setPillar(value);
  };

  let content: JSX.Element;
  if (feed.status === 'loading') {
    content = <LoadingView label={strings.NewsLoading} />;
  } else if (feed.status === 'error') {
    content = <ErrorView error={feed.error} onRetry={() => setAttempt((n) => n + 1)} />;
  } else if (feed.posts.length === 0 && !feed.next) {
    content = (
      <div className={styles.empty}>
        <h3 className={styles.emptyTitle}>{strings.NewsEmptyTitle}</h3>
        <Body1>{pillar ? formatString(strings.NewsEmptyFilterText, pillarLabel(pillar)) : strings.NewsEmptyText}</Body1>
        {pillar && props.showFilter && <Button onClick={() => choose(null)}>{strings.NewsShowAll}</Button>}
      </div>
    );
  } else {
    content = (
      <ul className={props.layout === 'grid' ? styles.grid : styles.list} aria-label={strings.NewsListLabel}>
        {feed.posts.map((post) => (
          <li key={post.id} className={styles.item}>
            <NewsCard post={post} locale={locale} layout={props.layout} />
          </li>
        ))}
      </ul>
    );
  }

  const moreLoading = feed.more === 'loading';
  return (
    <section className={styles.root} aria-labelledby={headingId} ref={rootRef} data-news-root>
      <h2 id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
        {strings.NewsTitle}
      </h2>
      {props.showFilter && <PillarFilter value={pillar} onChange={choose} />}
      {content}
      {feed.status === 'ready' && feed.next && (
        <div className={styles.more}>
          <Button
            onClick={loadMore}
            disabledFocusable={moreLoading}
            icon={moreLoading ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
            data-load-more
          >
            {moreLoading ? strings.NewsLoadingMore : strings.NewsLoadMore}
          </Button>
        </div>
      )}
      {feed.more === 'error' && <ErrorView error={feed.moreError} onRetry={loadMore} />}
      <div role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </div>
    </section>
  );
}
