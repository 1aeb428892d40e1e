import * as React from 'react';
import { Link, MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import { TabStrip, TabStripTab } from '../shared/TabStrip';
import * as strings from 'SamenBeterStrings';
import { EditableActivity } from '../../data/contracts/IActivityEditor';
import { formatString } from '../shared/formatString';
import { safeUrl } from '../shared/safeUrl';
import { ErrorView, LoadingView } from '../shared/StatusViews';
import { useAsyncData } from '../shared/useAsyncData';
import { ActivityPageToken } from '../../data/contracts/IActivityRepository';
import { amsterdamToday, emptyForm, formFromActivity } from './studioDraft';
import type { StudioLocation } from '../../core/activities/locations';
import type { ClosingDay } from '../../core/calendar/daysOff';
import { StudioForm } from './StudioForm';
import { StudioProps } from './Studio.types';
import { useStudioStyles } from './useStudioStyles';
import { lazyPart } from '../shared/lazyPart';
import { tellMessage, tellSafely } from './tellMessage';
import { describeChange } from '../../core/notifications/whoIsTold';

// "Mijn activiteiten" loads when its tab is first opened (the studio opens on the form).
const MyActivities = lazyPart(() =>
  import(/* webpackChunkName: 'samenbeter-studio-mine' */ './MyActivities').then((m) => m.MyActivities)
);

// "Beheer" (owners only): its panels load, in one chunk, when the tab is opened.
const RetentionPanel = lazyPart(() =>
  import(/* webpackChunkName: 'samenbeter-studio-manage' */ './RetentionPanel').then((m) => m.RetentionPanel)
);
const SiteCheckPanel = lazyPart(() =>
  import(/* webpackChunkName: 'samenbeter-studio-manage' */ './SiteCheckPanel').then((m) => m.SiteCheckPanel)
);
const LocationsPanel = lazyPart(() =>
  import(/* webpackChunkName: 'samenbeter-studio-manage' */ './LocationsPanel').then((m) => m.LocationsPanel)
);
const ClosingDaysPanel = lazyPart(() =>
  import(/* webpackChunkName: 'samenbeter-studio-manage' */ './ClosingDaysPanel').then((m) => m.ClosingDaysPanel)
);

type TabName = 'form' | 'mine' | 'manage';

/** mailto: for an e-mail address, the URL for an https link, otherwise nothing. */
function contactHref(contact: string): string | undefined {
  const text = contact.trim();
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text)) {
    return `mailto:${text}`;
  }
  return /^https:\/\//i.test(text) ? safeUrl(text) : undefined;
}

function NotAmbassador(props: { contact: string }): JSX.Element {
  const styles = useStudioStyles();
  const href = contactHref(props.contact);
  return (
    <div className={styles.item} data-not-ambassador>
      <h3 className={styles.itemTitle}>{strings.StudioNotAmbassadorTitle}</h3>
      <p>{strings.StudioNotAmbassadorText}</p>
      <p>{href ? <Link href={href}>{strings.StudioNotAmbassadorContact}</Link> : strings.StudioNotAmbassadorNoContact}</p>
    </div>
  );
}

/**
 * The Ambassadeurs web part: publish (or edit) an activity, and "Mijn activiteiten" with
 * participants. Employees who are neither ambassador nor owner get a friendly explanation.
 */
export function Studio(props: StudioProps): JSX.Element {
  const styles = useStudioStyles();
  const { api, now } = props;
  const [state, reload] = useAsyncData(() => api.loadStudio(now()), [api]);
  const [activities, setActivities] = React.useState<EditableActivity[]>([]);
  const [next, setNext] = React.useState<ActivityPageToken | undefined>(undefined);
  const [tab, setTab] = React.useState<TabName>('form');
  const [editing, setEditing] = React.useState<EditableActivity | undefined>(undefined);
  const [formKey, setFormKey] = React.useState(0);
  // Beheer → Locaties hands its changes to the form at once (no studio reload).
  const [locations, setLocations] = React.useState<StudioLocation[] | undefined>(undefined);
  // Beheer → Sluitingsdagen likewise: a day added there is skipped by the next series.
  const [closingDays, setClosingDays] = React.useState<ClosingDay[] | undefined>(undefined);
  const [announcement, setAnnouncementState] = React.useState<{ text: string; intent: 'success' | 'info' }>({ text: '', intent: 'success' });
  const setAnnouncement = (text: string, intent: 'success' | 'info' = 'success'): void => setAnnouncementState({ text, intent });
  const headingId = useId('sb-studio-heading');
  const tabIds = { form: useId('sb-studio-tab-form'), mine: useId('sb-studio-tab-mine'), manage: useId('sb-studio-tab-manage') };
  const panelIds = { form: useId('sb-studio-panel-form'), mine: useId('sb-studio-panel-mine'), manage: useId('sb-studio-panel-manage') };

  React.useEffect(() => {
    if (state.status === 'ready') {
      setActivities(state.data.activities);
      setNext(state.data.next);
      setEditing(undefined);
      setLocations(state.data.locations);
      setClosingDays(state.data.closingDays);
    }
  }, [state]);

  // Who the edited activity's upcoming dates reach, for the form's "N deelnemers krijgen bericht".
  const [affected] = useAsyncData(
    () => (editing ? api.loadCounts([editing.activity], now()).then((counts) => counts[editing.activity.id] || []) : Promise.resolve([])),
    [api, editing]
  );

  const replace = (changed: EditableActivity): void =>
    setActivities((list) => list.map((a) => (a.activity.id === changed.activity.id ? changed : a)));

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <LoadingView label={strings.StudioLoading} />;
  } else if (state.status === 'error') {
    body = <ErrorView error={state.error} onRetry={reload} />;
  } else if (!state.data.roles.isAmbassador && !state.data.roles.isOwner) {
    body = <NotAmbassador contact={props.becomeAmbassadorContact} />;
  } else {
    const roles = state.data.roles;
    body = (
      <>
        <TabStrip className={styles.tabs} selectedValue={tab} onTabSelect={(value) => setTab(value as TabName)}>
          <TabStripTab id={tabIds.form} value="form" aria-controls={panelIds.form} data-studio-tab="form">
            {editing ? strings.StudioTabEdit : strings.StudioTabNew}
          </TabStripTab>
          <TabStripTab id={tabIds.mine} value="mine" aria-controls={panelIds.mine} data-studio-tab="mine">
            {strings.StudioTabMine}
          </TabStripTab>
          {roles.isOwner && (
            <TabStripTab id={tabIds.manage} value="manage" aria-controls={panelIds.manage} data-studio-tab="manage">
              {strings.StudioTabManage}
            </TabStripTab>
          )}
        </TabStrip>
        <div role="status" aria-live="polite" data-studio-status>
          {announcement.text && (
            <MessageBar intent={announcement.intent}>
              <MessageBarBody>{announcement.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {tab === 'form' ? (
          <div role="tabpanel" id={panelIds.form} aria-labelledby={tabIds.form}>
            <StudioForm
              key={`${formKey}-${editing ? editing.activity.id : 'new'}`}
              initial={editing ? formFromActivity(editing.activity, false, now()) : emptyForm(now(), closingDays || state.data.closingDays)}
              closingDays={closingDays || state.data.closingDays}
              locations={locations || state.data.locations}
              editing={editing}
              affectedSlots={affected.status === 'ready' ? affected.data : undefined}
              activities={activities}
              roles={roles}
              now={now}
              locale={props.locale}
              onSubmit={async (draft) => {
                if (editing) {
                  const saved = await api.update(editing.activity.id, editing.etag, draft);
                  replace(saved);
                  setEditing(undefined);
                  setAnnouncement(formatString(strings.StudioSaved, saved.activity.title));
                  setTab('mine');
                  // Saved first; then the people it affects hear about it (never undoes the save).
                  const change = describeChange(editing.activity, saved.activity);
                  const today = amsterdamToday(now());
                  if (change.fields.length > 0 || change.removedDates.some((d) => d >= today)) {
                    const told = tellMessage(await tellSafely(() => api.tellParticipants(editing.activity, saved.activity, { kind: 'changed' })));
                    if (told) {
                      setAnnouncement(`${formatString(strings.StudioSaved, saved.activity.title)} ${told.text}`, told.intent);
                    }
                  }
                } else {
                  const published = await api.publish(draft);
                  setActivities((list) => [published].concat(list));
                  setAnnouncement(formatString(strings.StudioPublished, published.activity.title));
                  setFormKey((k) => k + 1);
                }
              }}
              onStopEditing={() => {
                setEditing(undefined);
                setTab('mine');
              }}
              onReload={reload}
            />
          </div>
        ) : tab === 'manage' && roles.isOwner ? (
          <div role="tabpanel" id={panelIds.manage} aria-labelledby={tabIds.manage}>
            <div className={styles.manage}>
              <RetentionPanel api={api} now={now} locale={props.locale} />
              <LocationsPanel api={api} onChanged={setLocations} />
              <ClosingDaysPanel api={api} now={now} locale={props.locale} onChanged={setClosingDays} />
              <SiteCheckPanel api={api} teamsAppId={props.teamsAppId} />
            </div>
          </div>
        ) : (
          <div role="tabpanel" id={panelIds.mine} aria-labelledby={tabIds.mine}>
            <MyActivities
              api={api}
              activities={activities}
              locale={props.locale}
              now={now}
              onEdit={(item) => {
                setAnnouncement('');
                setEditing(item);
                setTab('form');
              }}
              onChanged={replace}
              onReload={reload}
              onLoadMore={
                next
                  ? async () => {
                      const more = await api.loadMoreActivities(now(), next);
                      setActivities((list) => list.concat(more.activities.filter((a) => !list.some((b) => b.activity.id === a.activity.id))));
                      setNext(more.next);
                    }
                  : undefined
              }
            />
          </div>
        )}
      </>
    );
  }
  return (
    <section className={styles.root} aria-labelledby={headingId} data-studio>
      <h2 id={headingId} className={styles.heading}>
        {strings.StudioTitle}
      </h2>
      {body}
    </section>
  );
}
