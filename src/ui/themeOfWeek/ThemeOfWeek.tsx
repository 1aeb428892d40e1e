import * as React from 'react';
import { Body1, Caption1, Link, Text } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import { Surface } from '../shared/Surface';
import * as strings from 'SamenBeterStrings';
import { WeeklyTheme } from '../../core/types';
import { isoWeekKey } from '../../core/time/isoWeek';
import { currentIsoWeekInAmsterdam } from '../../core/time/amsterdam';
import { useAsyncData } from '../shared/useAsyncData';
import { LoadingView, ErrorView } from '../shared/StatusViews';
import { formatString } from '../shared/formatString';
import { safeUrl } from '../shared/safeUrl';
import { pillarLabel, themeLabel } from '../shared/labels';
import { ThemeOfWeekProps } from './ThemeOfWeek.types';
import { useThemeOfWeekStyles } from './useThemeOfWeekStyles';

/** This ISO week's 365 Vitaal theme (Europe/Amsterdam), or a friendly empty state. */
export function ThemeOfWeek(props: ThemeOfWeekProps): JSX.Element {
  const styles = useThemeOfWeekStyles();
  const week = currentIsoWeekInAmsterdam(props.now());
  const weekKey = isoWeekKey(week.isoYear, week.isoWeek);
  const [state, reload] = useAsyncData(() => props.load(weekKey), [weekKey, props.load]);
  const headingId = React.useRef(`sb-theme-heading-${weekKey}`).current;

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <LoadingView label={strings.ThemeOfWeekLoading} />;
  } else if (state.status === 'error') {
    body = <ErrorView error={state.error} onRetry={reload} />;
  } else if (!state.data.theme) {
    body = (
      <>
        <h2 id={headingId} className={styles.heading}>
          {strings.ThemeOfWeekEmptyTitle}
        </h2>
        <Body1 as="p" className={styles.summary}>
          {formatString(strings.ThemeOfWeekEmptyText, week.isoWeek)}
        </Body1>
        <PlanningLink show={state.data.canPlan} url={props.planningUrl} />
      </>
    );
  } else {
    body = <ThemeDetails theme={state.data.theme} headingId={headingId} canPlan={state.data.canPlan} planningUrl={props.planningUrl} />;
  }

  return (
    <Surface className={styles.card} aria-labelledby={state.status === 'ready' ? headingId : undefined} role="region">
      <Caption1 className={styles.overline}>
        {strings.ThemeOfWeekTitle} · {formatString(strings.ThemeOfWeekWeekLabel, week.isoWeek)}
      </Caption1>
      {body}
    </Surface>
  );
}

function ThemeDetails(props: { theme: WeeklyTheme; headingId: string; canPlan: boolean; planningUrl?: string }): JSX.Element {
  const styles = useThemeOfWeekStyles();
  const { theme } = props;
  const image = safeUrl(theme.imageUrl);
  const link = safeUrl(theme.linkUrl);
  const themeName = themeLabel(theme.theme);
  return (
    <>
      <h2 id={props.headingId} className={styles.heading}>
        {theme.title || themeName}
      </h2>
      <div className={styles.badges}>
        <Pill appearance="tint" color="brand">
          {themeName}
        </Pill>
        <Pill appearance="outline" color="informative">
          {strings.ThemeOfWeekPillarLabel}: {pillarLabel(theme.pillar)}
        </Pill>
      </div>
      {image && <img className={styles.image} src={image} alt={formatString(strings.ThemeOfWeekImageAlt, themeName)} />}
      {theme.summary && (
        <Body1 as="p" className={styles.summary}>
          {theme.summary}
        </Body1>
      )}
      {theme.tip && (
        <div className={styles.tip}>
          <Text className={styles.tipLabel}>{strings.ThemeOfWeekTipLabel}</Text>
          <Body1>{theme.tip}</Body1>
        </div>
      )}
      <div className={styles.links}>
        {link && (
          <Link href={link} target="_blank" rel="noopener noreferrer">
            {formatString(strings.ThemeOfWeekReadMore, themeName.toLowerCase())}
          </Link>
        )}
        <PlanningLink show={props.canPlan} url={props.planningUrl} />
      </div>
    </>
  );
}

function PlanningLink(props: { show: boolean; url?: string }): JSX.Element | null {
  const url = safeUrl(props.url);
  if (!props.show || !url) {
    return null;
  }
  return <Link href={url}>{strings.ThemeOfWeekPlanningLink}</Link>;
}
