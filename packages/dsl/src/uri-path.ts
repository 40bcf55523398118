/**
 * Joining and normalising document identifiers without the file system.
 *
 * The CLI names documents by file path and the editor by `file://` URI; both are
 * slash-separated, so an import can be resolved with string work alone and the language
 * package stays free of I/O. Windows back-slashes are turned into slashes first.
 */

/** The folder part of a path or URI, with its trailing slash. */
export function dirnameOf(uri: string): string {
  const slash = uri.replace(/\\/g, '/').lastIndexOf('/');
  return slash < 0 ? '' : uri.replace(/\\/g, '/').slice(0, slash + 1);
}

/** Resolves an import path written in the document `fromUri`. */
export function resolveImportPath(fromUri: string, importPath: string): string {
  const path = importPath.replace(/\\/g, '/');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')) return normalizePath(path);
  return normalizePath(dirnameOf(fromUri) + path);
}

/** Removes `.` and `..` segments, keeping a scheme and authority (`file:///`) intact. */
export function normalizePath(uri: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)?([\s\S]*)$/i.exec(uri.replace(/\\/g, '/'))!;
  const prefix = match[1] ?? '';
  const rest = match[2] ?? '';
  const absolute = rest.startsWith('/');
  const out: string[] = [];
  for (const segment of rest.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(segment);
  }
  return prefix + (absolute ? '/' : '') + out.join('/');
}

/** The last segment of a path or URI: `europe-1914.threat`. */
export function basenameOf(uri: string): string {
  const normal = uri.replace(/\\/g, '/');
  return normal.slice(normal.lastIndexOf('/') + 1);
}
