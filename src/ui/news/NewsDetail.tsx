import * as React from 'react';
import { Badge, Body1, Button, Caption1, Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { NewsPost } from '../../core/types';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { SafeHtml } from '../shared/SafeHtml';
import { formatString } from '../shared/formatString';
import { pillarLabel, themeLabel } from '../shared/labels';
import { safeUrl } from '../shared/safeUrl';
import { isShown, publishedIsoDate, publishedLabel } from './newsFormat';
import { NewsDetailProps } from './NewsDetail.types';
import { useNewsDetailStyles } from './useNewsDetailStyles';

/** Fluent's Dismiss icon, inline: one path is not worth another package. */
function DismissIcon(): JSX.Element {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="m4.09 4.22.06-.07a.5.5 0 0 1 .63-.06l.07.06L10 9.29l5.15-5.14a.5.5 0 0 1 .63-.06l.07.06c.18.17.2.44.06.63l-.06.07L10.71 10l5.14 5.15c.18.17.2.44.06.63l-.06.07a.5.5 0 0 1-.63.06l-.07-.06L10 10.71l-5.15 5.14a.5.5 0 0 1-.63.06l-.07-.06a.5.5 0 0 1-.06-.63l.06-.07L9.29 10 4.15 4.85a.5.5 0 0 1-.06-.63l.06-.07-.06.07Z"
      />
    </svg>
  );
}

type LoadState = { status: 'loading' } | { status: 'ready'; post: NewsPost } | { status: 'notFound' } | { status: 'error'; error: unknown };

/**
 * One post in a dialog (full screen on phones). What the feed returned shows at once; the
 * full post is read fresh (ONE request). The body is SharePoint rich text, so it only
 * reaches the DOM through SafeHtml. Escape closes it; focus returns to the card's title.
 */
export function NewsDetail(props: NewsDetailProps): JSX.Element {
  const styles = useNewsDetailStyles();
  const { api, now } = props;
  const id = props.post.id;
  const [load, setLoad] = React.useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const nowRef = React.useRef(now);
  nowRef.current = now;

  React.useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    api.loadPost(id).then(
      (post) => {
        if (current) {
          setLoad(post && isShown(post, nowRef.current()) ? { status: 'ready', post } : { status: 'notFound' });
        }
      },
      (error: unknown) => current && setLoad({ status: 'error', error })
    );
    return () => {
      current = false;
    };
  }, [api, id, attempt]);

  const post = load.status === 'ready' ? load.post : props.post;
  const image = safeUrl(post.imageUrl);
  const close = (): void => props.onClose();

  let article: JSX.Element;
  if (load.status === 'notFound') {
    article = <Body1>{strings.NewsNotFound}</Body1>;
  } else if (load.status === 'error') {
    article = <ErrorView error={load.error} onRetry={() => setAttempt((n) => n + 1)} />;
  } else if (load.status === 'loading' && !props.post.bodyHtml) {
    article = <LoadingView label={strings.NewsBodyLoading} />;
  } else {
    article = <SafeHtml html={post.bodyHtml} className={styles.article} />;
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined} data-news-detail={id}>
        <DialogBody className={styles.body}>
          <DialogTitle action={<Button appearance="subtle" aria-label={strings.NewsClose} icon={<DismissIcon />} onClick={close} data-detail-close />}>
            {post.title}
          </DialogTitle>
          <DialogContent className={styles.content}>
            <div className={styles.meta}>
              <Badge appearance="tint" color="brand">
                {pillarLabel(post.pillar)}
              </Badge>
              {post.theme && (
                <Badge appearance="outline" color="informative">
                  {themeLabel(post.theme)}
                </Badge>
              )}
              {post.nationalDay && (
                <Badge appearance="outline" color="informative">
                  {formatString(strings.NewsNationalDay, post.nationalDay)}
                </Badge>
              )}
              <Caption1 className={styles.date}>
                <time dateTime={publishedIsoDate(post.publishAt)}>
                  {formatString(strings.NewsPublishedOn, publishedLabel(post.publishAt, props.locale))}
                </time>
              </Caption1>
            </div>
            {image && <img className={styles.image} src={image} alt="" />}
            {article}
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
