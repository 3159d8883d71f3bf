"""Pure rules of the duty office: the clock, deadlines, enumerations, settings. No Qt, no SQL."""
