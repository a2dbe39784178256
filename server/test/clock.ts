import type { Clock } from '../src/clock.js';

/** A clock that stands still at the instant a test sets: no fake timers, only business "now". */
export class TestClock implements Clock {
  private at: Date;

  constructor(iso: string) {
    this.at = new Date(iso);
  }

  set(iso: string): void {
    this.at = new Date(iso);
  }

  now(): Date {
    return new Date(this.at);
  }
}
