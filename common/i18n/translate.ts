// A tiny, dependency-free lookup used by the server (error messages, e-mails) and by tests.
// The web app uses i18next over the same catalogs and the same {{name}} placeholders.
export type Catalog = { [key: string]: string | Catalog };

export function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Every dotted key of a catalog, for the completeness test. */
export function flattenKeys(catalog: Catalog, prefix = ''): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.push([path, value]);
    else out.push(...flattenKeys(value, path));
  }
  return out;
}
