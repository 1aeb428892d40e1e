// Fault injection for `_api` requests: 429/503 with Retry-After (a fixed number of times with
// failNext, or at random with rate) and added latency, decided before a request has any effect;
// and lost responses, decided after a write was applied (see lostResponseNext).
import { injectedFault, SpError } from '../http/errors';

export interface FaultSettings {
  /** Probability (0..1) that an `_api` request is answered with `status`. */
  rate: number;
  status: number;
  retryAfterSeconds: number;
  latencyMs: number;
  /** Answer the next N `_api` requests with `status` (deterministic, for tests). */
  failNext: number;
  /**
   * "Lost response": the next N writes (non-GET) ARE applied, but the client gets `status`
   * instead of the answer — what happens when a gateway times out after SharePoint
   * committed. PnPjs then retries the POST, so the write arrives twice.
   */
  lostResponseNext: number;
  /** Probability (0..1) of a lost response for a write. */
  lostResponseRate: number;
}

export const DEFAULT_FAULTS: FaultSettings = {
  rate: 0,
  status: 429,
  retryAfterSeconds: 1,
  latencyMs: 0,
  failNext: 0,
  lostResponseNext: 0,
  lostResponseRate: 0
};

export class FaultInjector {
  private current: FaultSettings;

  constructor(initial: Partial<FaultSettings> = {}, private readonly random: () => number = Math.random) {
    this.current = { ...DEFAULT_FAULTS };
    const error = this.configure(initial as Record<string, unknown>);
    if (error) throw new Error(error);
  }

  settings(): FaultSettings {
    return { ...this.current };
  }

  /** Applies the given settings; returns an error message for invalid input. */
  configure(input: Record<string, unknown>): string | undefined {
    const next = { ...this.current };
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (!(key in DEFAULT_FAULTS)) return `Unknown fault setting '${key}'.`;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return `${key} must be a non-negative number.`;
      next[key as keyof FaultSettings] = value;
    }
    if (next.rate > 1) return 'rate must be between 0 and 1.';
    if (next.lostResponseRate > 1) return 'lostResponseRate must be between 0 and 1.';
    if (next.status !== 429 && next.status !== 503) return 'status must be 429 or 503.';
    this.current = next;
    return undefined;
  }

  /** The fault to answer this request with, if any (consumes one failNext). */
  take(): SpError | undefined {
    const s = this.current;
    if (s.failNext > 0) {
      this.current = { ...s, failNext: s.failNext - 1 };
      return injectedFault(s.status, s.retryAfterSeconds);
    }
    if (s.rate > 0 && this.random() < s.rate) return injectedFault(s.status, s.retryAfterSeconds);
    return undefined;
  }

  /** After a write was applied: the fault that replaces its answer, if any. */
  takeLostResponse(method: string): SpError | undefined {
    if (method === 'GET') return undefined;
    const s = this.current;
    if (s.lostResponseNext > 0) {
      this.current = { ...s, lostResponseNext: s.lostResponseNext - 1 };
      return injectedFault(s.status, s.retryAfterSeconds);
    }
    if (s.lostResponseRate > 0 && this.random() < s.lostResponseRate) return injectedFault(s.status, s.retryAfterSeconds);
    return undefined;
  }

  latencyMs(): number {
    return this.current.latencyMs;
  }
}
