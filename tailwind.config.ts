import type { Config } from 'tailwindcss';
import typography from '@tailwindcss/typography';

// Colours are CSS variables (set in app/globals.css) so one class works in light and dark schemes;
// each pair is checked for WCAG AA contrast by the axe browser tests in both schemes.
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        page: 'var(--color-page)',
        surface: 'var(--color-surface)',
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        line: 'var(--color-line)',
        brand: 'var(--color-brand)',
        'brand-ink': 'var(--color-brand-ink)',
        link: 'var(--color-link)',
        focus: 'var(--color-focus)',
        dn: 'var(--color-dn)',
        ac: 'var(--color-ac)',
        'info-bg': 'var(--color-info-bg)',
        'info-line': 'var(--color-info-line)',
        'urgent-bg': 'var(--color-urgent-bg)',
        'urgent-line': 'var(--color-urgent-line)',
        'emergency-bg': 'var(--color-emergency-bg)',
        'emergency-ink': 'var(--color-emergency-ink)',
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Noto Sans"',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
      },
      maxWidth: {
        prose: '68ch',
      },
    },
  },
  plugins: [typography],
};

export default config;
