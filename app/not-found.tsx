import type { Metadata } from 'next';
import { StaticPart } from '@/app/_static/static-part';
import { loadNotFoundPage } from '@/lib/content/pages/not-found';

export function generateMetadata(): Metadata {
  return { title: loadNotFoundPage().words.title };
}

export default function NotFound() {
  return <StaticPart name="not-found" />;
}
