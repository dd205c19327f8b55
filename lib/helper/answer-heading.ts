// Its own module, free of schemas, because the form's client script imports it: anything that
// pulls Zod into the browser also runs Zod's eval probe, which the Content-Security-Policy blocks.

/** The answer's heading: JavaScript moves focus here after an in-place update. */
export const ANSWER_HEADING_ID = 'helper-answer';
