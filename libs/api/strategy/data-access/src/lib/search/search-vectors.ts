/** Longest search text accepted: longer is almost certainly a pasted paragraph, not a search. */
export const MAX_SEARCH_LENGTH = 200;

/** Results returned at most, best first. */
export const MAX_SEARCH_RESULTS = 50;
