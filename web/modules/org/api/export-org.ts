/** A plain link target rather than a fetch: the browser's own download handles large files and
 *  the session cookie, and the server names the file (Content-Disposition). */
export const orgExportUrl = '/api/v1/org/export';
