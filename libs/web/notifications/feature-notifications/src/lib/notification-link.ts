/** A notification's app path ("/reports?strategy=…&period=…") as a router link and its query parameters. */
export function notificationLink(linkPath: string): {
  readonly path: string;
  readonly queryParams: Record<string, string>;
} {
  const [path, query = ''] = linkPath.split('?', 2);
  const queryParams: Record<string, string> = {};
  new URLSearchParams(query).forEach((value, key) => (queryParams[key] = value));
  return { path, queryParams };
}
