import { getMDXComponent } from 'next-contentlayer2/hooks';
import { createElement } from 'react';
import { mdxComponents, type ArticleContext } from './mdx-tag-components';

type MdxComponent = ReturnType<typeof getMDXComponent>;

// Compiling a body evaluates its code; do it once per document, not on every render.
const compiled = new Map<string, MdxComponent>();

function componentFor(code: string): MdxComponent {
  let component = compiled.get(code);
  if (!component) {
    component = getMDXComponent(code);
    compiled.set(code, component);
  }
  return component;
}

/** Renders a compiled MDX body with the site's component map. */
export function MdxContent({ code, ...context }: { code: string } & ArticleContext) {
  return createElement(componentFor(code), { components: mdxComponents(context) });
}
