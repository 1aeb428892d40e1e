import * as React from 'react';
import { Button, Field, Select, useId } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { publishedText, rateText, shownNumber } from '../../core/participation/publicationCsv';
import { lazyPart } from '../shared/lazyPart';
import { formatString } from '../shared/formatString';
import { SuccessStatus } from '../shared/StatusMessages';
import { downloadText } from '../shared/downloadText';
import { ComputeMissing } from './ComputeMissing';
import { CustomRange } from './CustomRange';
import { FiguresTable } from './FiguresTable';
import { DashboardViewProps } from './Participation.types';
import { BarPoint } from './ParticipationBarChart.types';
import { participationFile } from './participationExport';
import { breakdownTable, columnLabel, dashboardTables, hasNoFigures, hiddenTexts, monthTable, fillRateTable, shortColumnLabel } from './participationTables';
import { monthName } from '../../core/time/dutchFormat';
import { useParticipationStyles } from './useParticipationStyles';

// The charts (Fluent's @fluentui/react-charts with d3) are not in the first download: their
// chunk comes while the tables, which carry every number, are already on screen.
const BarChart = lazyPart(() =>
  import(/* webpackChunkName: 'samenbeter-deelname-charts' */ './ParticipationBarChart').then((m) => m.ParticipationBarChart)
);

function Legend(): JSX.Element {
  const styles = useParticipationStyles();
  return (
    <div data-legend>
      <p className={styles.legendTitle}>{strings.ParticipationLegendTitle}</p>
      <ul className={styles.legend}>
        <li>{strings.ParticipationLegendSmall}</li>
        <li>{strings.ParticipationLegendHidden}</li>
      </ul>
    </div>
  );
}

/** One published year: "Bereken" when periods are missing, the charts with their tables, all tables, export. */
export function ParticipationDashboardView(props: DashboardViewProps): JSX.Element {
  const styles = useParticipationStyles();
  const { dashboard, locale } = props;
  const year = dashboard.published;
  const texts = hiddenTexts();
  // The pillar chart opens on the latest column with figures (the year while it runs has none).
  const [pillarColumn, setPillarColumn] = React.useState(() => Math.max(year.columnStatus.lastIndexOf('ready'), 0));
  const [exported, setExported] = React.useState('');
  const idPrefix = useId('sb-deelname-');
  const compute =
    dashboard.missing.length > 0 ? (
      <ComputeMissing key={`${year.year}:${dashboard.missing.join(',')}`} api={props.api} missing={dashboard.missing} now={props.now} locale={locale} onDone={props.onComputed} />
    ) : null;
  if (hasNoFigures(year)) {
    return (
      <div className={styles.section}>
        {compute}
        <div className={styles.empty} data-empty>
          <h3 className={styles.emptyTitle}>{formatString(strings.ParticipationEmpty, year.year)}</h3>
          {dashboard.missing.length === 0 && <p className={styles.text}>{formatString(strings.ParticipationEmptyOpen, year.year)}</p>}
        </div>
      </div>
    );
  }
  const tables = dashboardTables(year, locale);
  const pillars = year.breakdowns.find((b) => b.name === 'pillar');
  const pillarTable = pillars ? breakdownTable(year, pillars, locale) : undefined;
  const monthPoints: BarPoint[] = year.months.map((m, i) => ({
    label: monthName(Number(m.slice(5, 7)), locale, 'short'),
    value: year.monthStatus[i] === 'ready' ? shownNumber(year.signUpsByMonth[i]) : null,
    text: publishedText(year.signUpsByMonth[i], texts)
  }));
  const pillarPoints: BarPoint[] = pillars
    ? pillars.rows.map((row, r) => ({
        label: pillarTable ? pillarTable.rows[r].label : row.key,
        value: shownNumber(row.cells[pillarColumn]),
        text: publishedText(row.cells[pillarColumn], texts)
      }))
    : [];
  const fillPoints: BarPoint[] = year.columns.map((c, i) => {
    const rate = year.fillRate[i];
    return { label: shortColumnLabel(c), value: typeof rate === 'number' ? rate : null, text: rateText(rate, locale, texts) };
  });
  const exportCsv = (): void => {
    const file = participationFile(year, locale);
    downloadText(file.filename, file.text, 'text/csv;charset=utf-8');
    setExported(formatString(strings.ParticipationExportDone, file.filename));
  };
  return (
    <>
      {compute}
      <Legend />
      <div className={styles.toolbar}>
        <Button onClick={exportCsv} data-export>
          {strings.ParticipationExport}
        </Button>
      </div>
      <SuccessStatus text={exported} />
      <section className={styles.section} aria-labelledby={`${idPrefix}trend`} data-section="trend">
        <h3 id={`${idPrefix}trend`} className={styles.sectionHeading}>
          {strings.ParticipationSectionTrend}
        </h3>
        <div className={styles.pair}>
          <BarChart title={formatString(strings.ParticipationChartMonths, year.year)} points={monthPoints} />
          <FiguresTable table={monthTable(year, locale)} headingLevel={false} />
        </div>
      </section>
      {pillars && pillarTable && (
        <section className={styles.section} aria-labelledby={`${idPrefix}pillar`} data-section="pillar">
          <h3 id={`${idPrefix}pillar`} className={styles.sectionHeading}>
            {strings.ParticipationSectionPillar}
          </h3>
          <Field label={strings.ParticipationChartColumn} className={styles.yearField}>
            <Select value={String(pillarColumn)} onChange={(_, data) => setPillarColumn(Number(data.value))}>
              {year.columns.map((c, i) => (
                <option key={c} value={i}>
                  {columnLabel(c)}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.pair}>
            {pillarPoints.some((p) => p.value !== null) ? (
              <BarChart title={formatString(strings.ParticipationChartPillars, columnLabel(year.columns[pillarColumn]))} points={pillarPoints} />
            ) : (
              <p className={styles.text} data-chart-empty>
                {formatString(strings.ParticipationChartEmpty, columnLabel(year.columns[pillarColumn]))}
              </p>
            )}
            <FiguresTable table={pillarTable} headingLevel={false} />
          </div>
        </section>
      )}
      <section className={styles.section} aria-labelledby={`${idPrefix}fill`} data-section="fill">
        <h3 id={`${idPrefix}fill`} className={styles.sectionHeading}>
          {strings.ParticipationSectionFill}
        </h3>
        <div className={styles.pair}>
          <BarChart title={formatString(strings.ParticipationChartFill, year.year)} points={fillPoints} percent={true} />
          <FiguresTable table={fillRateTable(year, locale)} headingLevel={false} />
        </div>
      </section>
      <CustomRange year={year} locale={locale} />
      <section className={styles.section} aria-labelledby={`${idPrefix}all`} data-section="all">
        <h3 id={`${idPrefix}all`} className={styles.sectionHeading}>
          {strings.ParticipationSectionTables}
        </h3>
        <div className={styles.tables}>
          {tables
            .filter((t) => t.id !== 'months' && t.id !== 'fill' && t.id !== 'breakdown-pillar')
            .map((t) => (
              <FiguresTable key={t.id} table={t} headingLevel={4} />
            ))}
        </div>
      </section>
    </>
  );
}
