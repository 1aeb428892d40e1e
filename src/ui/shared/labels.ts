import * as strings from 'SamenBeterStrings';
import { Pillar, VitalTheme } from '../../core/types';

export function pillarLabel(pillar: Pillar): string {
  switch (pillar) {
    case 'Kracht':
      return strings.PillarKracht;
    case 'Samen':
      return strings.PillarSamen;
    default:
      return strings.PillarBeter;
  }
}

export function themeLabel(theme: VitalTheme): string {
  switch (theme) {
    case 'fysiek':
      return strings.ThemeFysiek;
    case 'mentaal':
      return strings.ThemeMentaal;
    case 'voeding':
      return strings.ThemeVoeding;
    case 'werkomgeving':
      return strings.ThemeWerkomgeving;
    default:
      return strings.ThemeMotivatie;
  }
}
