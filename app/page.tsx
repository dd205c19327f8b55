import { StaticPart } from '@/app/_static/static-part';

/** Nothing on the home page needs React in the browser: it is all one static part. */
export default function HomePage() {
  return <StaticPart name="home" className="space-y-12" />;
}
