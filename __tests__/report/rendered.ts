// Renders GitHub-flavoured Markdown the way a reviewer sees it (marked, GFM) and parses the HTML back (linkedom),
// so that tests assert what is shown, not the Markdown source.
import { parseHTML } from 'linkedom';
import { marked } from 'marked';

type Doc = ReturnType<typeof parseHTML>['document'];
type Element = NonNullable<ReturnType<Doc['querySelector']>>;

export interface Rendered {
  html: string;
  document: Doc;
  /** The visible text: everything but the content of code elements (where a backtick is legitimate). */
  proseText: string;
  /** Column count of each table: [header cells, ...cells of each body row]. */
  tables: { header: number; rows: number[]; element: Element }[];
  details: Element[];
}

export function render(markdown: string): Rendered {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body.cloneNode(true) as typeof document.body;
  for (const codeElement of [...body.querySelectorAll('code')]) codeElement.remove();
  const tables = [...document.querySelectorAll('table')].map((table) => ({
    element: table,
    header: table.querySelectorAll('thead tr > th').length,
    rows: [...table.querySelectorAll('tbody > tr')].map((row) => row.children.length),
  }));
  return {
    html,
    document,
    proseText: body.textContent ?? '',
    tables,
    details: [...document.querySelectorAll('details')],
  };
}

/** Every table's rows have as many cells as its header, and the header has `expected` columns when given. */
export function tableShapes(rendered: Rendered): string[] {
  return rendered.tables.map((t) => `${t.header}:${[...new Set(t.rows)].join(',')}`);
}
