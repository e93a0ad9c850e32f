// "Now" for the poll pages (which polls are open, which day a rating belongs to): the application
// context has no clock, so the module keeps one, like the consultations module; tests may set it.
export const pollClock = { now: (): Date => new Date() };
