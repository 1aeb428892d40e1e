import * as React from 'react';
import { Button } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { PILLARS, Pillar } from '../../core/types';
import { pillarLabel } from '../shared/labels';
import { PillarFilterProps } from './PillarFilter.types';
import { usePillarFilterStyles } from './usePillarFilterStyles';

/**
 * Alle / Kracht / Samen / Beter as toggle buttons (aria-pressed): one tab stop each, Enter or Space picks.
 * A plain Button with aria-pressed and the primary look when pressed: what ToggleButton renders,
 * without its 5 KB (gzip) of extra styles in the intranet's first download.
 */
export function PillarFilter(props: PillarFilterProps): JSX.Element {
  const styles = usePillarFilterStyles();
  const all: { value: Pillar | null; label: string } = { value: null, label: strings.NewsFilterAll };
  const options = [all].concat(PILLARS.map((p) => ({ value: p, label: pillarLabel(p) })));
  return (
    <div className={styles.root} role="group" aria-label={strings.NewsFilterLabel}>
      {options.map((option) => {
        const selected = props.value === option.value;
        return (
          <Button
            key={option.value || 'all'}
            aria-pressed={selected}
            appearance={selected ? 'primary' : 'secondary'}
            shape="circular"
            onClick={() => !selected && props.onChange(option.value)}
            data-news-filter={option.value || 'all'}
          >
            {option.label}
          </Button>
        );
      })}
    </div>
  );
}
