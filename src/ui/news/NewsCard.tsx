import * as React from 'react';
import { Badge, Body1, Caption1, Card, Link, mergeClasses, useRestoreFocusTarget } from '@fluentui/react-components';
import { pillarLabel } from '../shared/labels';
import { safeUrl } from '../shared/safeUrl';
import { publishedIsoDate, publishedLabel } from './newsFormat';
import { NewsCardProps } from './NewsCard.types';
import { useNewsCardStyles } from './useNewsCardStyles';

/** One post in the feed. The title opens the detail (Enter or Space); focus returns to it. */
export function NewsCard(props: NewsCardProps): JSX.Element {
  const styles = useNewsCardStyles();
  const restoreFocus = useRestoreFocusTarget();
  const { post } = props;
  const image = safeUrl(post.imageUrl);
  const list = props.layout === 'list';
  return (
    <Card className={styles.card} appearance="filled" data-news-card={post.id}>
      <div className={list ? mergeClasses(styles.listBody, !image && styles.listBodyNoImage) : styles.gridBody}>
        {/* Decorative: the title next to it says what the post is about. */}
        {image && <img className={mergeClasses(styles.image, list && styles.listImage)} src={image} alt="" loading="lazy" decoding="async" />}
        <div className={styles.text}>
          <h3 className={styles.title}>
            <Link as="button" className={styles.titleButton} onClick={() => props.onOpen(post)} data-news-open={post.id} {...restoreFocus}>
              {post.title}
            </Link>
          </h3>
          <div className={styles.meta}>
            <Badge appearance="tint" color="brand">
              {pillarLabel(post.pillar)}
            </Badge>
            <Caption1 className={styles.date}>
              <time dateTime={publishedIsoDate(post.publishAt)}>{publishedLabel(post.publishAt, props.locale)}</time>
            </Caption1>
          </div>
          {post.excerpt && (
            <Body1 as="p" className={styles.excerpt}>
              {post.excerpt}
            </Body1>
          )}
        </div>
      </div>
    </Card>
  );
}
