import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { isDataError } from '../../core/errors';
import { amsterdamDateOf } from '../../core/time/amsterdam';
import { formatString } from '../shared/formatString';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { useAsyncData } from '../shared/useAsyncData';
import { ParticipationProps } from './Participation.types';
import { ParticipationDashboardView } from './ParticipationDashboard';
import { useParticipationStyles } from './useParticipationStyles';

/** The figures are for the site's owners: SharePoint answers anyone else 403 or 404. */
export function isNotForViewer(error: unknown): boolean {
  return isDataError(error) && (error.kind === 'accessDenied' || error.kind === 'notFound');
}

function Intro(): JSX.Element {
  const styles = useParticipationStyles();
  return (
    <div className={styles.intro} data-intro>
      <p>{strings.ParticipationIntro}</p>
      <p>{strings.ParticipationIntroSmall}</p>
      <p>{strings.ParticipationIntroNoActivity}</p>
      <p>{strings.ParticipationIntroDirectory}</p>
    </div>
  );
}

function NotForViewer(): JSX.Element {
  const styles = useParticipationStyles();
  return (
    <div className={styles.intro} data-not-owner>
      <p>{strings.ParticipationNotOwner}</p>
      <p>{strings.ParticipationNotOwnerWhere}</p>
    </div>
  );
}

/**
 * The Deelname web part (issue 13): the participation figures of one year for the site's owners,
 * after the small-group rule. One request per year (api.dashboard); anyone else gets a plain
 * explanation and no second request.
 */
export function Participation(props: ParticipationProps): JSX.Element {
  const styles = useParticipationStyles();
  const { api, now, locale } = props;
  const thisYear = React.useMemo(() => amsterdamDateOf(now()).year, [now]);
  const [year, setYear] = React.useState(thisYear);
  const [state, reload] = useAsyncData(() => api.dashboard(year, now()), [api, year]);
  const [announcement, setAnnouncement] = React.useState('');
  const [shown, setShown] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  // "Bereken" disappears when it is done: keyboard focus goes to the heading, not to the page.
  const focusAfterLoad = React.useRef(false);
  React.useEffect(() => {
    if (state.status === 'ready') setShown(true);
    if (state.status !== 'loading' && focusAfterLoad.current) {
      focusAfterLoad.current = false;
      heading.current?.focus();
    }
  }, [state.status]);
  const onComputed = React.useCallback(
    (count: number) => {
      setAnnouncement(formatString(strings.ParticipationComputeDone, count));
      focusAfterLoad.current = true;
      reload();
    },
    [reload]
  );
  const notForViewer = state.status === 'error' && isNotForViewer(state.error);
  return (
    <div className={styles.root} data-participation>
      <h2 className={styles.heading} ref={heading} tabIndex={-1}>{notForViewer ? strings.ParticipationNotOwnerTitle : strings.ParticipationTitle}</h2>
      {notForViewer ? (
        <NotForViewer />
      ) : (
        <>
          {(shown || state.status === 'ready') && <Intro />}
          {(shown || state.status === 'ready') && (
            <div className={styles.toolbar}>
              <Field label={strings.ParticipationYear} className={styles.yearField}>
                <Select
                  value={String(year)}
                  onChange={(_, data) => {
                    setAnnouncement('');
                    setYear(Number(data.value));
                  }}
                >
                  {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          )}
          <div role="status" aria-live="polite" data-announcement>
            {announcement}
          </div>
          {state.status === 'loading' && <LoadingView label={strings.ParticipationLoading} />}
          {state.status === 'error' && <ErrorView error={state.error} onRetry={reload} />}
          {state.status === 'ready' && (
            <ParticipationDashboardView key={year} api={api} dashboard={state.data} now={now} locale={locale} onComputed={onComputed} />
          )}
        </>
      )}
    </div>
  );
}
