/**
 * The time bounds of the walk. Ratios, not absolute limits: a call may take RATIO times the median of
 * a trivial valid call of the same function, plus FLOOR_MS for the noise of a loaded machine (a GC
 * pause, a descheduled thread). A huge value is bounded by the same call at a sixteenth of its size:
 * linear work takes 16 times as long, so LINEAR_SLACK × 16 leaves room for noise but not for n².
 */
export const RATIO = 50;
export const FLOOR_MS = 100;
export const LINEAR_SLACK = 4;
/**
 * A case that has not answered after this long is a hang: its worker is ended and the walk goes on.
 * Generous, because a case on a 1 MB value runs twice (full and small size) on a loaded machine.
 */
export const HANG_MS = 20_000;
/** A slow case is timed again (at most this many times, if it took under RETRY_BELOW_MS) and the best time kept. */
export const RETRIES = 2;
export const RETRY_BELOW_MS = 2_000;
