'use client';

import { useEffect } from 'react';

/**
 * Marks the page as hydrated (`<html data-hydrated>`), so the bench can time hydration directly
 * (scripts/bench) and browser tests can wait for enhanced controls. Renders nothing.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
