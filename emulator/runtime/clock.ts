// The emulator's clock for Created/Modified: the configured `now` option, or a fixed instant
// set through /_emulator/clock (tests and demos), or real time.
export class Clock {
  private fixed: Date | undefined;

  constructor(private readonly base: () => Date = () => new Date()) {}

  now(): Date {
    return this.fixed ? new Date(this.fixed.getTime()) : this.base();
  }

  set(date: Date): void {
    this.fixed = new Date(date.getTime());
  }

  reset(): void {
    this.fixed = undefined;
  }

  isFixed(): boolean {
    return this.fixed !== undefined;
  }
}
