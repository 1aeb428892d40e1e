import * as React from 'react';
import { mergeClasses, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { formatString } from '../shared/formatString';
import { FiguresTableProps } from './FiguresTable.types';
import { useFiguresTableStyles } from './useFiguresTableStyles';

/**
 * One table of figures: a heading, a <caption>, column and row headers with scope, every cell as
 * display text ("< 5", "–", "83,3%"). The table scrolls sideways inside its own focusable region,
 * so a keyboard user can scroll it and the page stays 360 px wide.
 */
export function FiguresTable(props: FiguresTableProps): JSX.Element {
  const styles = useFiguresTableStyles();
  const { table } = props;
  const headingId = useId('sb-figures-');
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  return (
    <section className={styles.root} aria-labelledby={headingId} data-table={table.id}>
      {props.headingLevel === false ? (
        <span id={headingId} hidden>
          {table.title}
        </span>
      ) : (
        <Heading id={headingId} className={styles.heading}>
          {table.title}
        </Heading>
      )}
      {table.note && <p className={styles.note}>{table.note}</p>}
      <div className={styles.scroller} role="region" aria-label={formatString(strings.ParticipationTableRegion, table.title)} tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.caption}>{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((column, i) => (
                <th key={i} scope="col" className={mergeClasses(styles.th, i > 0 && styles.num)}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                <th scope="row" className={mergeClasses(styles.td, styles.rowHead)}>
                  {row.label}
                </th>
                {row.cells.map((cell, c) => (
                  <td key={c} className={mergeClasses(styles.td, styles.num)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
