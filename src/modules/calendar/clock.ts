// "Now" for the work calendar: which week is the current one and what is published yet. The
// application context has no clock, so the module keeps one, like the procurement module: pages
// read calendarClock.now(), tests replace it to look at the calendar on a chosen day.
export const calendarClock = { now: (): Date => new Date() };
