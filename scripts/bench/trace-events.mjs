// Reading a Chrome trace (the JSON DevTools saves, `{ traceEvents: [...] }`): where the page's
// navigation starts, what its main thread did, and what each request cost on the network.
// Pure: the trace-summary module turns these into the bench's explanation of a miss.

const US_PER_MS = 1000;

/**
 * The navigation to `url` (its `navigationStart` mark): the renderer's process and main thread,
 * and the trace time (µs) every figure is measured from. The last one wins, since a page can be
 * loaded after an about:blank.
 */
export function findNavigation(events, url) {
  const starts = events.filter(
    (event) =>
      event.name === 'navigationStart' &&
      event.args?.data?.isLoadingMainFrame !== false &&
      event.args?.data?.documentLoaderURL === url,
  );
  const start = starts.at(-1);
  if (!start) throw new Error(`trace: no navigationStart for ${url} (was the page traced?)`);
  return { pid: start.pid, tid: start.tid, ts: start.ts, id: start.args.data.navigationId };
}

/** What kind of main-thread work an event is, by its DevTools name; null for a plain container. */
const CATEGORY = {
  ParseHTML: 'parse',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.parseOnBackground': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceCache': 'compile',
  'v8.produceModuleCache': 'compile',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  PaintImage: 'paint',
  'Decode Image': 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  BlinkGC: 'gc',
};

/**
 * An event's kind: by its name, else by its family (the document loader's and the parser's own
 * steps are loading the HTML; V8's are script, its GC phases garbage collection).
 */
function categoryOf(name) {
  if (CATEGORY[name]) return CATEGORY[name];
  if (
    /^(DocumentLoader|HTMLDocumentParser|DecodedDataDocumentParser|NavigationBodyLoader)::/.test(
      name,
    )
  )
    return 'parse';
  if (/^V8\.GC/.test(name)) return 'gc';
  if (/^V8\./.test(name)) return 'script';
  return null;
}

/** The script an event ran or compiled, if it names one. */
function scriptUrl(event) {
  const data = event.args?.data ?? event.args?.beginData;
  return data?.url || event.args?.fileName || null;
}

/**
 * The main thread's complete ("X") events as a tree: each node with its start and end in ms from
 * the navigation, its category (inherited from the nearest ancestor that has one) and script URL.
 */
function mainThreadTree(events, navigation) {
  const slices = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.pid === navigation.pid &&
        event.tid === navigation.tid &&
        Number.isFinite(event.dur),
    )
    .map((event) => ({
      name: event.name,
      start: (event.ts - navigation.ts) / US_PER_MS,
      end: (event.ts + event.dur - navigation.ts) / US_PER_MS,
      ownCategory: categoryOf(event.name),
      ownUrl: scriptUrl(event),
      children: [],
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const roots = [];
  const stack = [];
  for (const slice of slices) {
    while (stack.length && stack.at(-1).end <= slice.start) stack.pop();
    const parent = stack.at(-1);
    slice.category = slice.ownCategory ?? parent?.category ?? 'other';
    slice.url = slice.ownUrl ?? parent?.url ?? null;
    (parent ? parent.children : roots).push(slice);
    stack.push(slice);
  }
  return roots;
}

const kindOf = (node) => ({ category: node.category, url: node.url, name: node.name });

/** A node's own time: its interval minus its children's, as segments. */
function selfSegments(node, out) {
  let cursor = node.start;
  for (const child of node.children) {
    if (child.start > cursor) out.push({ start: cursor, end: child.start, ...kindOf(node) });
    cursor = Math.max(cursor, Math.min(child.end, node.end));
    selfSegments(child, out);
  }
  if (node.end > cursor) out.push({ start: cursor, end: node.end, ...kindOf(node) });
}

/**
 * What the main thread did, as non-overlapping segments (ms from the navigation), each with the
 * kind of work and the script behind it; plus the top-level tasks, for long tasks.
 */
export function mainThreadWork(events, navigation) {
  const roots = mainThreadTree(events, navigation);
  const segments = [];
  for (const root of roots) selfSegments(root, segments);
  const tasks = roots
    .filter((root) => root.name === 'RunTask' || root.name === 'ThreadControllerImpl::RunTask')
    .map((root) => ({ start: root.start, end: root.end }));
  return { segments, tasks };
}

/** Milliseconds of each kind of work in [from, to], and the idle rest. */
export function timeByCategory(segments, from, to) {
  const totals = {};
  let busy = 0;
  for (const segment of segments) {
    const overlap = Math.min(segment.end, to) - Math.max(segment.start, from);
    if (overlap <= 0) continue;
    totals[segment.category] = (totals[segment.category] ?? 0) + overlap;
    busy += overlap;
  }
  return { ...totals, idle: Math.max(0, to - from - busy) };
}

function eventData(event) {
  return event.args?.data ?? {};
}

/**
 * Every request, from its ResourceSendRequest / ReceiveResponse / Finish marks: URL, type,
 * whether it blocked rendering, and when (ms from the navigation) it was sent, its first byte
 * came and its last byte came, with its bytes on the wire. The document's own request carries
 * the navigation's id, so it is found with `navigation.id`.
 */
export function networkRequests(events, navigation) {
  const requests = new Map();
  const get = (id) => {
    if (!requests.has(id)) requests.set(id, { id, encodedBytes: 0 });
    return requests.get(id);
  };
  const ms = (seconds) => seconds * 1000 - navigation.ts / US_PER_MS;
  for (const event of events) {
    const data = eventData(event);
    if (!data.requestId) continue;
    const request = get(data.requestId);
    if (event.name === 'ResourceSendRequest') {
      Object.assign(request, {
        url: data.url,
        type: data.resourceType ?? null,
        renderBlocking: data.renderBlocking === 'blocking',
        sentMs: request.sentMs ?? (event.ts - navigation.ts) / US_PER_MS,
      });
    } else if (event.name === 'ResourceReceiveResponse' && data.timing) {
      request.sentMs = ms(data.timing.requestTime);
      request.firstByteMs = ms(data.timing.requestTime) + data.timing.receiveHeadersEnd;
      request.status = data.statusCode;
    } else if (event.name === 'ResourceFinish') {
      request.lastByteMs = data.finishTime ? ms(data.finishTime) : null;
      request.encodedBytes = data.encodedDataLength ?? request.encodedBytes;
      request.decodedBytes = data.decodedBodyLength ?? null;
      request.failed = Boolean(data.didFail);
    }
  }
  return [...requests.values()].filter((request) => request.url);
}

/** The last LCP candidate the trace recorded for this navigation (ms, text or image, node). */
export function lcpCandidate(events, navigation) {
  const candidates = events.filter(
    (event) =>
      event.name === 'largestContentfulPaint::Candidate' &&
      eventData(event).isOutermostMainFrame !== false &&
      (!navigation.id || eventData(event).navigationId === navigation.id),
  );
  const last = candidates.sort((a, b) => a.ts - b.ts).at(-1);
  if (!last) return null;
  const data = eventData(last);
  return {
    ms: (last.ts - navigation.ts) / US_PER_MS,
    type: data.type ?? null,
    nodeName: data.nodeName ?? null,
    imageUrl: data.imageUrl ?? null,
  };
}
