import * as React from 'react';
import { Body1, Caption1, Link, mergeClasses } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import { Surface } from '../shared/Surface';
import * as strings from 'SamenBeterStrings';
import { HostContext } from '../host/HostContext';
import { formatString } from '../shared/formatString';
import { pillarLabel } from '../shared/labels';
import { sameOriginPath, safeUrl } from '../shared/safeUrl';
import { TeamsLink } from '../shared/TeamsLink';
import { publishedIsoDate, publishedLabel } from './newsFormat';
import { NewsCardProps } from './NewsCard.types';
import { useNewsCardStyles } from './useNewsCardStyles';

/**
 * One post in the feed. The title is a link to the SharePoint news page itself (the one tab
 * stop of the card; the whole card is its click target). On SharePoint it opens in the same
 * tab, like SharePoint's own news; inside Teams in a new window (TeamsLink), since the page
 * cannot replace the tab's iframe.
 */
export function NewsCard(props: NewsCardProps): JSX.Element {
  const styles = useNewsCardStyles();
  const host = React.useContext(HostContext);
  const { post } = props;
  const image = safeUrl(post.imageUrl);
  // The page on SharePoint's own origin: a site-relative link (https on SharePoint anyway).
  const href = safeUrl(sameOriginPath(post.url));
  const list = props.layout === 'list';
  const inTeams = !!host && host.kind === 'teams';

  let title: React.ReactNode = post.title;
  if (href && inTeams) {
    title = (
      <TeamsLink href={href} className={mergeClasses(styles.titleLink, styles.stretched)} data-news-open={post.id}>
        {post.title}
        <span className={styles.visuallyHidden}> {strings.NewsOpensInNewWindow}</span>
      </TeamsLink>
    );
  } else if (href) {
    title = (
      <Link href={href} className={mergeClasses(styles.titleLink, styles.stretched)} data-news-open={post.id}>
        {post.title}
      </Link>
    );
  }

  return (
    <Surface className={styles.card} data-news-card={post.id}>
      <div className={list ? mergeClasses(styles.listBody, !image && styles.listBodyNoImage) : styles.gridBody}>
        {/* Decorative: the title next to it says what the post is about. */}
        {image && <img className={mergeClasses(styles.image, list && styles.listImage)} src={image} alt="" loading="lazy" decoding="async" />}
        <div className={styles.text}>
          <h3 className={styles.title}>{title}</h3>
          <div className={styles.meta}>
            <Pill appearance="tint" color="brand">
              {pillarLabel(post.pillar)}
            </Pill>
            {post.nationalDay && (
              <Pill appearance="outline" color="informative">
                {formatString(strings.NewsNationalDay, post.nationalDay)}
              </Pill>
            )}
            <Caption1 className={styles.date}>
              <time dateTime={publishedIsoDate(post.publishAt)}>
                {formatString(strings.NewsPublishedOn, publishedLabel(post.publishAt, props.locale))}
              </time>
            </Caption1>
          </div>
          {post.excerpt && (
            <Body1 as="p" className={styles.excerpt}>
              {post.excerpt}
            </Body1>
          )}
        </div>
      </div>
    </Surface>
  );
}
