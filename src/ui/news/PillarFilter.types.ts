import { Pillar } from '../../core/types';

export interface PillarFilterProps {
  /** null = Alle. */
  value: Pillar | null;
  onChange: (pillar: Pillar | null) => void;
}
