import * as React from 'react';
import { Body1, Button, Spinner } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import * as strings from 'SamenBeterStrings';
import { SiteCheckItem, SiteCheckKey, SiteCheckStatus } from '../../data/contracts/ISiteCheck';
import { ErrorMessageBar } from '../shared/StatusMessages';
import { formatString } from '../shared/formatString';
import { SiteCheckPanelProps } from './SiteCheckPanel.types';
import { useSiteCheckPanelStyles } from './useSiteCheckPanelStyles';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; items: SiteCheckItem[] } | { kind: 'failed'; error: unknown };

const CHECK_TEXT: { [key in SiteCheckKey]: string } = {
  lists: strings.SiteCheckLists,
  fields: strings.SiteCheckFields,
  permissions: strings.SiteCheckPermissions,
  privateAccess: strings.SiteCheckPrivateAccess,
  search: strings.SiteCheckSearch,
  tenantProperty: strings.SiteCheckTenantProperty,
  pageScheduling: strings.SiteCheckPageScheduling,
  graphConsent: strings.SiteCheckGraphConsent,
  teamsApp: strings.SiteCheckTeamsApp
};

const STATUS: { [status in SiteCheckStatus]: { text: string; color: 'success' | 'danger' | 'informative' } } = {
  ok: { text: strings.SiteCheckOk, color: 'success' },
  fix: { text: strings.SiteCheckFix, color: 'danger' },
  unknown: { text: strings.SiteCheckUnknown, color: 'informative' }
};

/**
 * "Controleer deze site" for owners: each assumption the product makes about the site, as
 * ok / to fix / could not check, with what was found. The same checks run on a real site.
 */
export function SiteCheckPanel(props: SiteCheckPanelProps): JSX.Element {
  const styles = useSiteCheckPanelStyles();
  const [state, setState] = React.useState<State>({ kind: 'idle' });
  const run = (): void => {
    setState({ kind: 'busy' });
    props.api.checkSite({ teamsAppId: props.teamsAppId }).then(
      (items) => setState({ kind: 'done', items }),
      (error: unknown) => setState({ kind: 'failed', error })
    );
  };
  const toFix = state.kind === 'done' ? state.items.filter((i) => i.status === 'fix').length : 0;
  return (
    <section className={styles.root} aria-labelledby="sb-sitecheck-heading" data-site-check>
      <h3 id="sb-sitecheck-heading" className={styles.heading}>
        {strings.SiteCheckTitle}
      </h3>
      <Body1 as="p">{strings.SiteCheckText}</Body1>
      <div>
        <Button onClick={run} disabled={state.kind === 'busy'}>
          {strings.SiteCheckRun}
        </Button>
      </div>
      <div aria-live="polite">
        {state.kind === 'busy' && <Spinner size="tiny" label={strings.SiteCheckBusy} />}
        {state.kind === 'done' && <Body1 as="p">{toFix === 0 ? strings.SiteCheckAllOk : formatString(strings.SiteCheckSomeToFix, toFix)}</Body1>}
      </div>
      {state.kind === 'failed' && <ErrorMessageBar error={state.error} />}
      {state.kind === 'done' && (
        <ul className={styles.list}>
          {state.items.map((item) => (
            <li key={item.key} className={styles.item} data-check={item.key} data-status={item.status}>
              <span className={styles.line}>
                <Pill appearance="tint" color={STATUS[item.status].color}>
                  {STATUS[item.status].text}
                </Pill>
                <span>{CHECK_TEXT[item.key]}</span>
              </span>
              {item.details.length > 0 && (
                <ul className={styles.details}>
                  {item.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
