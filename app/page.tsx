import Link from 'next/link';
import { getGuides, getTherapies } from '@/lib/content';
import { HomeComparison } from '@/components/home-comparison';

export default function HomePage() {
  const therapies = getTherapies();
  const guides = getGuides();
  return (
    <div className="space-y-12">
      <section aria-labelledby="home-title" className="max-w-prose">
        <h1 id="home-title" className="text-3xl font-bold leading-tight sm:text-4xl">
          Dry needling or acupuncture?
        </h1>
        <p className="mt-4 text-lg">
          Needlewise explains dry needling and acupuncture in plain language and compares them side
          by side. It helps you understand the choice, know what to ask, and find the right person
          to see — every medical claim links to its source.
        </p>
        <h2 className="mt-8 text-2xl font-bold">The short answer</h2>
        <p className="mt-2">
          Both use thin, solid needles and neither injects anything. Dry needling comes from modern
          Western medicine: a clinician such as a physical therapist puts a needle into a tight,
          tender spot in a muscle. Acupuncture comes from traditional Chinese medicine: a
          practitioner places needles at points along pathways the tradition calls meridians.
        </p>
      </section>

      <HomeComparison />

      <section aria-labelledby="therapies-title">
        <h2 id="therapies-title" className="text-2xl font-bold">
          Read about each therapy
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {therapies.map((therapy) => (
            <li key={therapy.slug} className="rounded-lg border border-line bg-surface p-5">
              <h3 className="text-xl font-semibold">
                <Link href={therapy.url}>{therapy.title}</Link>
              </h3>
              <p className="mt-2">{therapy.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      {guides.length > 0 && (
        <section aria-labelledby="guides-title">
          <h2 id="guides-title" className="text-2xl font-bold">
            Guides to help you decide
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {guides.map((guide) => (
              <li key={guide.slug} className="rounded-lg border border-line bg-surface p-5">
                <h3 className="text-xl font-semibold">
                  <Link href={guide.url}>{guide.title}</Link>
                </h3>
                <p className="mt-2">{guide.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
