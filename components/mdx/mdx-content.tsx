import { getMDXComponent } from 'next-contentlayer2/hooks';
import { createElement } from 'react';
import { mdxComponentsFor, type MdxPageData } from './mdx-tag-components';

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

/** Renders a compiled MDX body with the component map made for its page's data. */
export function MdxContent({ code, data }: { code: string; data: MdxPageData }) {
  return createElement(componentFor(code), { components: mdxComponentsFor(data) });
}
