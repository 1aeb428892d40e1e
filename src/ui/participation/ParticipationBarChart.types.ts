export interface BarPoint {
  /** The category on the x-axis ('jan', 'Kwartaal 1', 'Kracht'). */
  label: string;
  /** The bar's height; null = hidden or not ready: drawn as no bar. */
  value: number | null;
  /** The value as the table shows it ("12", "< 5", "83,3%"), for the tooltip. */
  text: string;
}

export interface ParticipationBarChartProps {
  /** What the chart shows, for screen readers ("Staafdiagram: … De tabel ernaast …"). */
  title: string;
  points: BarPoint[];
  /** Values are rates 0..1, drawn as percentages on a 0–100 axis. */
  percent?: boolean;
}
