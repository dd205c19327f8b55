import Link from 'next/link';
import { COMMENT_RETENTION_MONTHS } from '@/lib/feedback/schema';
import { MAX_REVIEW_YEARS } from '@/lib/schemas/review';
import { DEFAULT_MAX_GRADE } from '@/lib/mdx/readability';
import { CORRECTIONS_EMAIL, SITE_NAME } from '@/lib/site/site-config';

/**
 * The editorial policy, privacy and disclaimer. Kept apart from the route so a unit test can
 * measure its reading grade like any article.
 */
export function AboutPolicy({
  disclaimer,
  correctionsEmail = CORRECTIONS_EMAIL,
}: {
  /** The disclaimer's words, from content/site-text.yaml. */
  disclaimer: string;
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
      {/* Wording only: moving this page's words into content/ is issue 20. Keep it true: no build
          check proves that every health sentence has a source, so the page must not say so. */}
      <p>
        We aim to link each fact about dry needling and acupuncture to the exact words of a source
        that backs it. Some words on this site are our own and come from no source: the plain
        meanings of hard words in the glossary, and general safety advice, such as when to get help,
        what to ask, or to talk to your doctor. These have no source link.
      </p>
      <p>
        When we build the site, a computer checks that each source link points to words we have
        quoted. It does not check that every sentence has a link. Many of our sources are from
        NCCIH, a US government health research center, and from Cleveland Clinic. We also use the
        NHS, Mayo Clinic, NICE, medical guidelines and research papers.
      </p>
      <p>
        The <Link href="/sources">list of sources</Link> shows the words we quote from each one, the
        day we checked them, how sure we are of them, and every statement that relies on them. When
        research is not clear, we say so. We write “may help” when a treatment has not been shown to
        work for sure.
      </p>

      <h2 id="how-we-review">How we check our pages</h2>
      <p>
        Each page says what kind of check it has had, and when. There are two kinds of check, and we
        never call one the other.
      </p>
      <ul>
        <li>
          <strong>Checked against its sources.</strong> Someone on the {SITE_NAME} editorial team
          reads the page again. They compare each fact with the exact words of its source, which we
          keep on the <Link href="/sources">sources page</Link>. They fix what is wrong and update
          the dates. This is not a medical review.
        </li>
        <li>
          <strong>Reviewed by a clinician.</strong> A health professional reads the page to make
          sure it is right. The page then shows their name, their training and the date.
        </li>
      </ul>
      <p>
        A page that has not been reviewed by a clinician says so plainly. We only tell search
        engines that a page was reviewed when a clinician did it.
      </p>
      <ul>
        <li>We aim to check every page once a year.</li>
        <li>
          Every page is checked at least once every {MAX_REVIEW_YEARS} years. Each page shows the
          date of its next check.
        </li>
        <li>If a page is past its check date, the site will not build until someone checks it.</li>
        <li>
          If a page falls due while the site is running, it stays up. A note at the top says that it
          is overdue for a check.
        </li>
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
      <p>{disclaimer}</p>

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

      <h3 id="feedback-privacy">When you tell us if a page is useful</h3>
      <p>
        Many pages end with the question “Is this page useful?” If you answer, we keep only four
        things:
      </p>
      <ul>
        <li>the address of the page,</li>
        <li>your Yes or No,</li>
        <li>what you wrote in the box, if you wrote something,</li>
        <li>the hour you sent it, but not the minute.</li>
      </ul>
      <p>
        Before we save what you wrote, a computer takes out anything that looks like an email
        address or a phone number. We do not keep your IP address, your browser or a cookie. So we
        cannot tell who sent an answer, and we cannot reply.
      </p>
      <p>
        We delete what you wrote after {COMMENT_RETENTION_MONTHS} months. We keep the Yes or No with
        the page and the hour, so we can see if a page gets better over time.
      </p>
      <p>
        To stop one computer from sending a flood of answers, the site counts how many each one
        sends in a minute. It counts by a scrambled code, not by the address. The count is kept in
        memory only and never saved, and the code changes every day.
      </p>
    </div>
  );
}
