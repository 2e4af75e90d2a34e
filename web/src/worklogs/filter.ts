// The work log's first page and its filter, read from the URL: shared with the start-up prefetch, so
// this module imports nothing.
export const PAGE = 30;

export const FILTER_KEYS = ["q", "from", "to", "employer", "project", "tag"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function filterFromQuery(params: URLSearchParams) {
  const get = (k: FilterKey) => params.get(k) || null;
  return { search: get("q"), startDate: get("from"), endDate: get("to"), employer: get("employer"), project: get("project"), tag: get("tag") };
}
