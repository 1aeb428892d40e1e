import * as strings from 'SamenBeterStrings';
import { participationFileName, tablesCsv } from '../../core/participation/publicationCsv';
import type { PublishedYear } from '../../core/participation/publicationTypes';
import { formatString } from '../shared/formatString';
import { UiLocale } from '../host/hostTypes';
import { dashboardTables } from './participationTables';

/**
 * The dashboard's tables as a Dutch Excel CSV (the participant export's conventions, core's
 * tablesCsv): a title and the legend, then one section per table, every cell exactly as shown.
 * Only PublishedYear goes in: aggregates after the small-group rule, no person data.
 */
export function participationFile(year: PublishedYear, locale: UiLocale): { filename: string; text: string } {
  const preamble = [formatString(strings.ParticipationCsvTitle, year.year), strings.ParticipationLegendSmall, strings.ParticipationLegendHidden];
  return {
    filename: participationFileName(year.year, strings.ParticipationCsvFilePrefix),
    text: tablesCsv(dashboardTables(year, locale), preamble)
  };
}
