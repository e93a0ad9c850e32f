// "Now" for the procurement pages: what is published yet and which notices have closed. The
// application context has no clock, so the module keeps one, like core's authClock: pages read
// biddingClock.now(), tests replace it to look at the lists at a chosen instant.
export const biddingClock = { now: (): Date => new Date() };
