import type { AnyNode } from 'domhandler';

/** Elements whose content is never page text: scripts are recorded as evidence, never run or read. */
export const nonTextTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'head',
]);

const blockTags = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'td',
  'th',
  'ul',
]);

/**
 * Visible text of a DOM subtree with line breaks at block boundaries and spaces between inline
 * elements (cheerio's .text() would glue "<p>a</p><p>b</p>" into "ab" and include script bodies).
 */
export function visibleText(nodes: AnyNode | AnyNode[]): string {
  const out: string[] = [];
  const walk = (node: AnyNode, depth: number) => {
    if (depth > 400) return; // pathological nesting: stop rather than overflow the stack
    if (node.type === 'text') out.push((node as unknown as { data: string }).data);
    else if (node.type === 'tag' || node.type === 'root') {
      const name = (node as unknown as { name?: string }).name ?? '';
      if (nonTextTags.has(name)) return;
      const block = blockTags.has(name);
      if (block) out.push('\n');
      for (const child of (node as unknown as { children: AnyNode[] }).children ?? []) walk(child, depth + 1);
      if (block) out.push('\n');
    } else if (node.type === 'cdata') {
      for (const child of (node as unknown as { children: AnyNode[] }).children ?? []) walk(child, depth + 1);
    }
  };
  for (const n of Array.isArray(nodes) ? nodes : [nodes]) walk(n, 0);
  return out
    .join('')
    .replace(/[ \t\f\v\u00a0\r]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}
