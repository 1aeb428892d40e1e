import { DashboardTable } from './participationTables';

export interface FiguresTableProps {
  table: DashboardTable;
  /** The heading level of the table's title (its caption names the table too); false: no heading (the section has one). */
  headingLevel?: 3 | 4 | false;
}
