import * as React from 'react';
import { VerticalBarChart, VerticalBarChartDataPoint } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import * as strings from 'SamenBeterStrings';
import { formatString } from '../shared/formatString';
import { ParticipationBarChartProps } from './ParticipationBarChart.types';
import { useParticipationBarChartStyles } from './useParticipationBarChartStyles';

/**
 * A vertical bar chart of the dashboard (Fluent UI's @fluentui/react-charts, in its own lazy chunk
 * with d3). A hidden or not-ready value is drawn as no bar (a zero-height bar whose tooltip says
 * why); the table next to the chart carries every number, so the chart is never the only carrier.
 */
export function ParticipationBarChart(props: ParticipationBarChartProps): JSX.Element {
  const styles = useParticipationBarChartStyles();
  const data: VerticalBarChartDataPoint[] = props.points.map((p) => ({
    x: p.label,
    y: p.value === null ? 0 : props.percent ? Math.round(p.value * 1000) / 10 : p.value,
    legend: p.label,
    color: tokens.colorBrandBackground,
    xAxisCalloutData: p.label,
    yAxisCalloutData: p.value === null ? formatString(strings.ParticipationChartNoBar, p.text) : p.text,
    // The label on the bar reads as the table does ("66,7%", "1220"), not in d3's English format.
    barLabel: p.value === null ? undefined : p.text
  }));
  return (
    <div className={styles.root} data-chart>
      <VerticalBarChart
        data={data}
        chartTitle={props.title}
        height={240}
        hideLegend={true}
        useSingleColor={true}
        yMinValue={0}
        yMaxValue={props.percent ? 100 : undefined}
        yAxisTickFormat={props.percent ? (v: number) => `${v}%` : (v: number) => String(v)}
        wrapXAxisLables={true}
        xAxisCategoryOrder={props.points.map((p) => p.label)}
        maxBarWidth={32}
      />
    </div>
  );
}
