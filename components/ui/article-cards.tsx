import Link from 'next/link';

/** A titled grid of article cards (title linked, summary below), as on the home page. */
export function ArticleCards({
  id,
  title,
  articles,
}: {
  id: string;
  title: string;
  articles: readonly { slug: string; url: string; title: string; summary: string }[];
}) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug} className="rounded-lg border border-line bg-surface p-5">
            <h3 className="text-xl font-semibold">
              <Link href={article.url}>{article.title}</Link>
            </h3>
            <p className="mt-2">{article.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
