import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SmartLink } from '@/components/mdx/smart-link';
import { TableWrap } from '@/components/mdx/table-wrap';
import { FIXTURE_EVIDENCE_TEXT } from '../../fixtures/evidence-text';

describe('SmartLink (MDX links)', () => {
  it('marks an outside link as leaving the site, visibly and for screen readers', () => {
    render(
      <SmartLink
        href="https://www.nccih.nih.gov/health/acupuncture"
        externalNote={FIXTURE_EVIDENCE_TEXT.externalLink}
      >
        NCCIH
      </SmartLink>,
    );
    const link = screen.getByRole('link', {
      name: /^NCCIH\s*\(fixture: opens another website\)$/,
    });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('href', 'https://www.nccih.nih.gov/health/acupuncture');
    expect(link).not.toHaveAttribute('target');
    expect(link).toHaveTextContent('↗');
  });

  it('keeps internal links plain', () => {
    render(
      <SmartLink href="/compare" externalNote={FIXTURE_EVIDENCE_TEXT.externalLink}>
        Compare
      </SmartLink>,
    );
    const link = screen.getByRole('link', { name: 'Compare' });
    expect(link).toHaveAttribute('href', '/compare');
    expect(link).not.toHaveAttribute('rel');
  });
});

describe('TableWrap (MDX tables)', () => {
  it('puts a table in a focusable, labelled region that scrolls on its own', () => {
    render(
      <TableWrap words={FIXTURE_EVIDENCE_TEXT.mdx}>
        <thead>
          <tr>
            <th>Use</th>
            <th>
              How <em>strong</em> is the evidence?
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>cell</td>
          </tr>
        </tbody>
      </TableWrap>,
    );
    // Named by its column headings, so two tables on one page are two different regions.
    const region = screen.getByRole('region', {
      name: 'Fixture table: Use, How strong is the evidence?',
    });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region.className).toContain('overflow-x-auto');
    expect(screen.getByRole('table')).toBeInTheDocument();
  });
});
