import * as React from 'react';
import { Body1, Button, Field, Input, Link, Radio, RadioGroup, Spinner, useId } from '@fluentui/react-components';
import { Pill } from '../shared/Pill';
import * as strings from 'SamenBeterStrings';
import { LocationKind, StudioLocation, StudioLocationInput, validateLocation } from '../../core/activities/locations';
import { firstErrorFor, ValidationError } from '../../core/validation/validationError';
import { ErrorMessageBar, SuccessStatus } from '../shared/StatusMessages';
import { formatString } from '../shared/formatString';
import { safeUrl } from '../shared/safeUrl';
import { useIsMounted } from '../shared/useIsMounted';
import { commonValidationText } from '../shared/validationText';
import { LocationsPanelProps } from './LocationsPanel.types';
import { useLocationsPanelStyles } from './useLocationsPanelStyles';

type Load = { kind: 'loading' } | { kind: 'ready'; items: StudioLocation[] } | { kind: 'failed'; error: unknown };
/** The open editor: a new location, or the one with this id. */
type Editing = { id: number | 'new'; input: StudioLocationInput; showErrors: boolean; saving: boolean; error?: unknown };

const EMPTY: StudioLocationInput = { name: '', address: '', mapUrl: '', kind: 'onSite', active: true };

function byName(a: StudioLocation, b: StudioLocation): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.id - b.id;
}

function fieldLabel(field: string): string {
  return field === 'name' ? strings.LocationsFieldName : field === 'address' ? strings.LocationsFieldAddress : strings.LocationsFieldMapUrl;
}

/** A core validation error in the studio's words. */
function messageOf(error: ValidationError): string {
  const label = fieldLabel(error.field);
  const common = commonValidationText(error, label, {
    required: strings.StudioErrRequired,
    maxLength: strings.StudioErrMaxLength,
    urlInvalid: strings.StudioErrUrlInvalid,
    urlNotHttps: strings.StudioErrUrlNotHttps,
    wholeNumberMin: strings.StudioErrWholeNumber,
    notInList: strings.StudioErrOther
  });
  if (common !== undefined) {
    return common;
  }
  return error.code === 'notAllowed' && error.params.reason === 'duplicate' ? strings.LocationsErrDuplicate : formatString(strings.StudioErrOther, label);
}

/**
 * Beheer → Locaties (owners): the places ambassadors pick in the studio, kept in "SamenBeter
 * Locaties". Add, edit, retire and restore, validated by core's validateLocation; SharePoint
 * refuses anyone but the owners, whatever this panel shows.
 */
export function LocationsPanel(props: LocationsPanelProps): JSX.Element {
  const styles = useLocationsPanelStyles();
  const { api, onChanged } = props;
  const mounted = useIsMounted();
  const [load, setLoad] = React.useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [editing, setEditing] = React.useState<Editing | undefined>(undefined);
  const [busyId, setBusyId] = React.useState<number | undefined>(undefined);
  const [actionError, setActionError] = React.useState<unknown>(undefined);
  const [announcement, setAnnouncement] = React.useState('');
  const headingId = useId('sb-locations-heading');
  const editorHeadingId = useId('sb-locations-editor');
  const nameRef = React.useRef<HTMLInputElement>(null);
  const addRef = React.useRef<HTMLButtonElement>(null);
  const formRef = React.useRef<HTMLFormElement>(null);
  /** Where focus goes back to when the editor closes. */
  const returnFocus = React.useRef<string | undefined>(undefined);

  React.useEffect(() => {
    setLoad({ kind: 'loading' });
    api.loadLocations().then(
      (items) => mounted.current && setLoad({ kind: 'ready', items: items.slice().sort(byName) }),
      (error: unknown) => mounted.current && setLoad({ kind: 'failed', error })
    );
  }, [api, attempt]);

  // The editor takes focus when it opens (keyboard and screen-reader users land in it).
  const editorOpen = editing ? String(editing.id) : '';
  React.useEffect(() => {
    if (editorOpen && nameRef.current) {
      nameRef.current.focus();
    }
  }, [editorOpen]);

  const items = load.kind === 'ready' ? load.items : [];
  const changed = (next: StudioLocation[]): void => {
    const sorted = next.slice().sort(byName);
    setLoad({ kind: 'ready', items: sorted });
    if (onChanged) {
      onChanged(sorted);
    }
  };

  const closeEditor = (): void => {
    setEditing(undefined);
    const target = returnFocus.current;
    window.setTimeout(() => {
      const el = target ? document.querySelector<HTMLElement>(`[data-location-edit="${target}"]`) : addRef.current;
      if (el) {
        el.focus();
      }
    }, 0);
  };

  const open = (location?: StudioLocation): void => {
    setAnnouncement('');
    setActionError(undefined);
    returnFocus.current = location ? String(location.id) : undefined;
    setEditing({
      id: location ? location.id : 'new',
      input: location ? { name: location.name, address: location.address, mapUrl: location.mapUrl, kind: location.kind, active: location.active } : EMPTY,
      showErrors: false,
      saving: false
    });
  };

  const errors = editing ? validateLocation(editing.input, items, editing.id === 'new' ? undefined : editing.id) : [];
  const message = (field: string): string | undefined => {
    const error = editing && editing.showErrors ? firstErrorFor(errors, field) : undefined;
    return error ? messageOf(error) : undefined;
  };
  const fieldProps = (field: string): { validationMessage?: string; validationState?: 'error' } => {
    const text = message(field);
    return text ? { validationMessage: text, validationState: 'error' } : {};
  };
  const setInput = (patch: Partial<StudioLocationInput>): void => setEditing((e) => (e ? { ...e, input: { ...e.input, ...patch } } : e));

  const save = async (): Promise<void> => {
    if (!editing || editing.saving) {
      return;
    }
    if (errors.length > 0) {
      setEditing({ ...editing, showErrors: true });
      // The first field with an error takes focus.
      window.setTimeout(() => {
        const invalid = formRef.current && formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]');
        if (invalid) {
          invalid.focus();
        }
      }, 0);
      return;
    }
    const current = editing;
    setEditing({ ...current, saving: true, error: undefined });
    try {
      const saved = current.id === 'new' ? await api.addLocation(current.input) : await api.updateLocation(current.id, current.input);
      if (!mounted.current) {
        return;
      }
      changed(current.id === 'new' ? items.concat([saved]) : items.map((l) => (l.id === saved.id ? saved : l)));
      setAnnouncement(formatString(current.id === 'new' ? strings.LocationsAdded : strings.LocationsSaved, saved.name));
      returnFocus.current = current.id === 'new' ? String(saved.id) : returnFocus.current;
      closeEditor();
    } catch (error) {
      if (mounted.current) {
        setEditing({ ...current, saving: false, error });
      }
    }
  };

  const setActive = async (location: StudioLocation, active: boolean): Promise<void> => {
    setBusyId(location.id);
    setActionError(undefined);
    setAnnouncement('');
    try {
      await api.setLocationActive(location.id, active);
      if (!mounted.current) {
        return;
      }
      changed(items.map((l) => (l.id === location.id ? { ...l, active } : l)));
      setAnnouncement(formatString(active ? strings.LocationsRestoredDone : strings.LocationsRetiredDone, location.name));
    } catch (error) {
      if (mounted.current) {
        setActionError(error);
      }
    } finally {
      if (mounted.current) {
        setBusyId(undefined);
      }
    }
  };

  const editor = editing && (
    <form
      ref={formRef}
      className={styles.editor}
      noValidate
      aria-labelledby={editorHeadingId}
      aria-busy={editing.saving}
      onSubmit={(e) => {
        e.preventDefault();
        save().catch(() => undefined);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !editing.saving) {
          e.stopPropagation();
          closeEditor();
        }
      }}
      data-location-editor
    >
      <h4 id={editorHeadingId} className={styles.editorTitle}>
        {editing.id === 'new' ? strings.LocationsNewTitle : formatString(strings.LocationsEditTitle, items.filter((l) => l.id === editing.id).map((l) => l.name)[0] || '')}
      </h4>
      <Field label={strings.LocationsFieldName} required {...fieldProps('name')}>
        <Input ref={nameRef} value={editing.input.name} onChange={(_, d) => setInput({ name: d.value })} data-location-field="name" />
      </Field>
      <Field label={strings.LocationsFieldAddress} {...fieldProps('address')}>
        <Input value={editing.input.address} onChange={(_, d) => setInput({ address: d.value })} data-location-field="address" />
      </Field>
      <Field label={strings.LocationsFieldMapUrl} hint={strings.LocationsFieldMapUrlHint} {...fieldProps('mapUrl')}>
        <Input type="url" value={editing.input.mapUrl} onChange={(_, d) => setInput({ mapUrl: d.value })} data-location-field="mapUrl" />
      </Field>
      <Field label={strings.LocationsFieldKind}>
        <RadioGroup layout="horizontal" value={editing.input.kind} onChange={(_, d) => setInput({ kind: d.value as LocationKind })}>
          <Radio value="onSite" label={strings.LocationsKindOnSite} />
          <Radio value="online" label={strings.LocationsKindOnline} />
        </RadioGroup>
      </Field>
      {editing.error !== undefined && <ErrorMessageBar error={editing.error} />}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={editing.saving} data-location-save>
          {strings.LocationsSave}
        </Button>
        <Button onClick={closeEditor} disabled={editing.saving}>
          {strings.LocationsCancel}
        </Button>
        {editing.saving && <Spinner size="tiny" label={strings.LocationsSaving} />}
      </div>
    </form>
  );

  let body: JSX.Element;
  if (load.kind === 'loading') {
    body = <Spinner size="tiny" label={strings.LocationsLoading} />;
  } else if (load.kind === 'failed') {
    body = <ErrorMessageBar error={load.error} onRetry={() => setAttempt((a) => a + 1)} />;
  } else {
    body = (
      <>
        {items.length === 0 ? (
          <Body1 as="p" data-locations-empty>
            {strings.LocationsEmpty}
          </Body1>
        ) : (
          <ul className={styles.list} aria-label={strings.LocationsListLabel}>
            {items.map((l) => {
              const map = safeUrl(l.mapUrl);
              return (
                <li key={l.id} className={styles.item} data-location={l.id} data-active={l.active ? 'true' : 'false'}>
                  <span className={styles.line}>
                    <span className={styles.name}>{l.name}</span>
                    {!l.active && (
                      <Pill appearance="tint" color="informative">
                        {strings.LocationsRetiredBadge}
                      </Pill>
                    )}
                  </span>
                  <span className={styles.muted}>
                    {(l.address || strings.LocationsNoAddress) + ' · ' + (l.kind === 'online' ? strings.LocationsKindOnline : strings.LocationsKindOnSite)}
                  </span>
                  {editing && editing.id === l.id ? (
                    editor
                  ) : (
                    <span className={styles.actions}>
                      {map && (
                        <Link href={map} target="_blank" rel="noopener noreferrer" aria-label={formatString(strings.LocationsMapName, l.name)}>
                          {strings.LocationsMap}
                        </Link>
                      )}
                      <Button
                        size="small"
                        onClick={() => open(l)}
                        disabled={busyId === l.id}
                        aria-label={formatString(strings.LocationsEditName, l.name)}
                        data-location-edit={l.id}
                      >
                        {strings.LocationsEdit}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => {
                          setActive(l, !l.active).catch(() => undefined);
                        }}
                        disabled={busyId === l.id}
                        aria-label={formatString(l.active ? strings.LocationsRetireName : strings.LocationsRestoreName, l.name)}
                        data-location-toggle={l.id}
                      >
                        {l.active ? strings.LocationsRetire : strings.LocationsRestore}
                      </Button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {actionError !== undefined && <ErrorMessageBar error={actionError} />}
        {editing && editing.id === 'new' ? (
          editor
        ) : (
          <div>
            <Button ref={addRef} onClick={() => open()} data-location-add>
              {strings.LocationsAdd}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId} data-locations-panel>
      <h3 id={headingId} className={styles.heading}>
        {strings.LocationsTitle}
      </h3>
      <Body1 as="p">{strings.LocationsText}</Body1>
      <SuccessStatus text={announcement} />
      {body}
    </section>
  );
}
