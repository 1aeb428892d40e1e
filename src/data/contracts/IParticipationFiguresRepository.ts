/** A period's stored figures: aggregates only (no names, no person ids), owners only. */
export interface StoredFigures<T> {
  id: number;
  /** 'YYYY-MM', 'YYYY-Qn' or 'YYYY'. */
  period: string;
  figures: T;
  computedAt: Date | undefined;
}

/**
 * The list "SamenBeter Deelnamecijfers": the figures of closed periods, computed once. Only
 * owners have any access; anyone else's request fails ('accessDenied' or 'notFound').
 */
export interface IParticipationFiguresRepository {
  /**
   * The stored figures of `periods` (at most 40 per call), in one request. The list holds a
   * few dozen rows a year, so this filter on the indexed SbPeriod stays far below the 5,000
   * threshold; `periods` that were never computed are simply absent from the answer.
   */
  read<T>(periods: ReadonlyArray<string>): Promise<Array<StoredFigures<T>>>;
  /** Stores (or replaces) a period's figures. */
  write<T>(period: string, figures: T, computedAt: Date): Promise<StoredFigures<T>>;
}
