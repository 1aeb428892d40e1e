import * as React from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { TeamsLink } from '../shared/TeamsLink';
import * as strings from 'SamenBeterStrings';
import { formatDateLong } from '../../core/time/dutchFormat';
import { parseIsoDate } from '../../core/time/calendarDate';
import { SlotParticipants } from '../../data/contracts/IStudioApi';
import { formatString } from '../shared/formatString';
import { ErrorMessageBar, LoadingView } from '../shared/StatusViews';
import { useAsyncData } from '../shared/useAsyncData';
import { downloadText } from '../shared/downloadText';
import { chatLinks, participantsFile } from './participantsExport';
import { ParticipantsProps } from './Participants.types';
import { useStudioStyles } from './useStudioStyles';
import { DateCancel } from './DateCancel';
import { AttendanceEntry } from './AttendanceEntry';
import { countsText } from './countsText';
import { amsterdamToday } from './studioDraft';

/** Who comes and who waits, per date (drop-in) or for the whole activity; CSV and Teams chat. */
export function Participants(props: ParticipantsProps): JSX.Element {
  const styles = useStudioStyles();
  const { api, locale } = props;
  const activity = props.item.activity;
  const today = amsterdamToday(props.now());
  const [state, reload] = useAsyncData(() => api.loadParticipants(activity), [api, activity]);
  if (state.status === 'loading') {
    return <LoadingView label={strings.StudioParticipantsLoading} />;
  }
  if (state.status === 'error') {
    return <ErrorMessageBar error={state.error} onRetry={reload} />;
  }
  const slotLabel = (slot: SlotParticipants): string => {
    const date = slot.sessionDate ? parseIsoDate(slot.sessionDate) : null;
    return date ? formatDateLong(date, locale) : strings.StudioWholeActivity;
  };
  return (
    <div className={styles.item} data-participants={activity.id}>
      {state.data.map((slot) => {
        const links = chatLinks(activity, slot);
        const label = slotLabel(slot);
        return (
          <section key={slot.sessionDate || 'all'} className={styles.item} aria-label={label} data-slot={slot.sessionDate || 'all'}>
            <h4 className={styles.subTitle}>{label}</h4>
            {slot.sessionDate !== null && slot.sessionDate >= today && activity.dates.length > 1 && activity.status !== 'cancelled' && (
              <DateCancel api={api} item={props.item} date={slot.sessionDate} label={label} slot={slot} onChanged={props.onChanged} onTold={props.onTold} />
            )}
            <span data-counts>
              {countsText(slot.summary, activity.capacity)}
            </span>
            {slot.summary.unusual.map((flood) => (
              <MessageBar key={flood.personId} intent="warning" data-unusual-sign-ups>
                <MessageBarBody>{formatString(strings.StudioUnusualSignUps, personName(slot, flood.personId), flood.registrations)}</MessageBarBody>
              </MessageBar>
            ))}
            {slot.confirmed.length + slot.waiting.length > 0 ? (
              <>
                <span>{strings.StudioConfirmed}</span>
                <ol className={styles.people} data-confirmed>
                  {slot.confirmed.map((p) => (
                    <li key={p.registration.id}>
                      {p.registration.person.name || p.registration.person.email} ({p.registration.person.email})
                    </li>
                  ))}
                </ol>
                {slot.waiting.length > 0 && (
                  <>
                    <span>{strings.StudioWaiting}</span>
                    <ol className={styles.people} data-waiting>
                      {slot.waiting.map((p) => (
                        <li key={p.registration.id}>
                          {p.registration.person.name || p.registration.person.email} ({p.registration.person.email})
                        </li>
                      ))}
                    </ol>
                  </>
                )}
                <div className={styles.actions}>
                  <Button
                    size="small"
                    aria-label={`${strings.StudioExportCsv}: ${label}`}
                    onClick={() => {
                      const file = participantsFile(activity, slot);
                      downloadText(file.filename, file.text, 'text/csv;charset=utf-8');
                    }}
                    data-export-csv
                  >
                    {strings.StudioExportCsv}
                  </Button>
                  {links.map((link, i) => (
                    <TeamsLink key={link.url} href={link.url} data-chat-link>
                      {links.length > 1 ? formatString(strings.StudioChatPart, i + 1, links.length) : strings.StudioChat}
                    </TeamsLink>
                  ))}
                </div>
              </>
            ) : (
              <span>{strings.StudioNobody}</span>
            )}
          </section>
        );
      })}
      <AttendanceEntry api={api} activity={activity} slots={state.data} locale={locale} now={props.now} />
    </div>
  );
}

/** The name of a person in the slot (the organiser sees names anyway). */
function personName(slot: SlotParticipants, personId: number): string {
  const all = slot.confirmed.concat(slot.waiting);
  const found = all.filter((p) => p.registration.person.id === personId)[0];
  return found ? found.registration.person.name || found.registration.person.email : `#${personId}`;
}
