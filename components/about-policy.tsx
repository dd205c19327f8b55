import Link from 'next/link';
import { MAX_REVIEW_YEARS } from '@/lib/schemas/review';
import { DEFAULT_MAX_GRADE } from '@/lib/readability';
import { CORRECTIONS_EMAIL, SITE_NAME } from '@/lib/site';

/**
 * The editorial policy, privacy and disclaimer. Kept apart from the route so a unit test can
 * measure its reading grade like any article.
 */
export function AboutPolicy({
  correctionsEmail = CORRECTIONS_EMAIL,
}: {
  /** The inbox for mistakes; null when the site has none that mail can reach. */
  correctionsEmail?: string | null;
}) {
  return (
    <div className="prose prose-lg dark:prose-invert">
      <p>
        {SITE_NAME} explains dry needling and acupuncture in plain words. It puts the two side by
        side so you can see how they differ. Then you can decide what to ask for and whom to see.
        There are no ads on this site.
      </p>

      <h2 id="how-we-write">How we write</h2>
      <p>
        We use short sentences and everyday words. We aim for a reading level of grade{' '}
        {DEFAULT_MAX_GRADE} or lower. A computer checks the reading level of every page each time we
        build the site, and each page shows its level near the top. When we need a hard word, we
        explain it in the <Link href="/glossary">glossary</Link>. You can point at the word, tap it
        or move to it with the keyboard to see what it means.
      </p>

      <h2 id="how-we-source">Where our facts come from</h2>
      <p>
        Every health fact on this site links to the source it comes from. Many of our sources are
        from NCCIH, a US government health research center, and from Cleveland Clinic. We also use
        the NHS, MedlinePlus, NICE and research papers.
      </p>
      <p>
        The <Link href="/sources">list of sources</Link> shows each one, the date we read it, and
        every page that uses it. When research is not clear, we say so. We write “may help” when a
        treatment has not been shown to work for sure.
      </p>

      <h2 id="how-we-review">How we check our pages</h2>
      <p>
        Each page says who checked it and when. A check means a reviewer reads the page again and
        compares each fact with its source. They fix what has changed and update the dates.
      </p>
      <ul>
        <li>We aim to check every page once a year.</li>
        <li>
          Every page is checked at least once every {MAX_REVIEW_YEARS} years. Each page shows the
          date of its next check.
        </li>
        <li>If a page is past its check date, the site will not build until someone checks it.</li>
      </ul>

      <h2 id="report-a-mistake">Tell us about a mistake</h2>
      <p>
        If you think something on this site is wrong or out of date, please tell us.{' '}
        {correctionsEmail ? (
          <>
            Send an email to{' '}
            <a
              href={`mailto:${correctionsEmail}?subject=${encodeURIComponent('Mistake on Needlewise')}`}
            >
              {correctionsEmail}
            </a>
            .
          </>
        ) : (
          // Only a copy built for a local address gets here: no mail could reach it.
          <>This copy of the site has no email inbox for mistakes.</>
        )}
      </p>
      <ul>
        <li>Give the address of the page, or its title.</li>
        <li>
          Tell us what you think is wrong and, if you can, where you read something different.
        </li>
        <li>Please do not send details about your own health.</li>
      </ul>
      <p>
        We read every message. We check the point against our sources. If the page is wrong, we fix
        it and give it a new check date.
      </p>

      <h2 id="disclaimer">This is not medical advice</h2>
      <p>
        This site is for information only. It cannot tell you what is right for your own health.
        Talk with your doctor or another trained health worker before you start any treatment. If
        you have sudden chest pain or trouble breathing, call 911 or your local emergency number
        right away.
      </p>

      <h2 id="privacy">Your privacy</h2>
      <ul>
        <li>This site sets no cookies.</li>
        <li>It runs no analytics and no tracking code.</li>
        <li>
          Every page, font and picture comes from this site. Nothing loads from other companies, so
          no one else learns what you read here.
        </li>
        <li>Links to other websites are marked. You only go there if you choose to follow one.</li>
        <li>If you email us, we use your email address only to reply to you.</li>
      </ul>
    </div>
  );
}
