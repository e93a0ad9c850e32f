// "Now" for the consultation pages (which drafts are open): the application context has no clock,
// so the module keeps one, like the announcements module; tests set it to look at a chosen instant.
export const consultationClock = { now: (): Date => new Date() };
