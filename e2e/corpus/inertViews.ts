import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { liveMarkup, type Guards } from '../guards';
import { openQueue, queueList } from '../replyHelpers';
import { COMMENT_MARKER, commentMarker, readRoot } from './hostileLibrary';

// Every view a hostile library's text reaches, each checked once per screenful: nothing ran, nothing left the
// machine, nothing live is in the page.

export interface ShownCounts {
  threadsListed: number;
  threadsOpened: number;
  commentsInThreads: number;
  commentsInQueue: number;
  searches: number;
  postsListed: number;
  bodiesInEditor: number;
  // Seconds each view took, for the suite's time budget.
  seconds: Record<string, number>;
}

const FOUND = commentMarker(1);
const SEARCHES = ['alert', 'script', 'onerror', 'javascript', 'img', 'svg', 'iframe', FOUND];

export async function expectInert(page: Page, guards: Guards, view: string): Promise<void> {
  expect(await liveMarkup(page), `live markup in ${view}`).toEqual([]);
  expect(guards.executed, `script ran in ${view}`).toEqual([]);
  expect(guards.outside, `request left the machine from ${view}`).toEqual([]);
}

const markersIn = (text: string): string[] => [...text.matchAll(COMMENT_MARKER)].map((m) => m[0]);

// Scrolls a virtual list from top to bottom, checking the page once per screenful; returns the markers it drew.
async function scanList(page: Page, list: Locator, guards: Guards, view: string): Promise<Set<string>> {
  const seen = new Set<string>();
  await list.evaluate((element) => element.scrollTo({ top: 0 }));
  for (let step = 0; step < 400; step += 1) {
    // The rows in view are measured and drawn over a few frames: wait until they stop changing.
    const shown = await list.evaluate(async (element) => {
      let previous = '';
      for (let frames = 0; frames < 40; frames += 1) {
        const now = element.textContent ?? '';
        if (now && now === previous) break;
        previous = now;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
      return previous;
    });
    markersIn(shown).forEach((marker) => seen.add(marker));
    await expectInert(page, guards, view);
    const atEnd = await list.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollBy({ top: element.clientHeight * 0.8 });
      return element.scrollTop === before;
    });
    if (atEnd) break;
  }
  return seen;
}

const storedMarkers = (dataFile: string, thread: { id: string; rev: number }): string[] => {
  const file = join(dirname(dataFile), 'kanal.threads', `${thread.id}.${thread.rev}.json`);
  const body = JSON.parse(readFileSync(file, 'utf8')) as { comments: { text: string }[] };
  return body.comments.flatMap((comment) => markersIn(comment.text).slice(0, 1));
};

// The thread list at once, then every thread that has comments, screen by screen.
async function showThreads(page: Page, guards: Guards, dataFile: string): Promise<Set<string>> {
  const root = readRoot(dataFile);
  await page.getByRole('tab', { name: /^Comments/ }).click();
  const list = page.getByRole('complementary');
  await expect(list.locator('button[aria-describedby^="thread-facts-"]')).toHaveCount(root.threads.length);
  await expectInert(page, guards, 'the thread list');
  const seen = new Set<string>();
  for (const thread of root.threads.filter((candidate) => candidate.commentCount > 0)) {
    const expected = storedMarkers(dataFile, thread);
    const button = list.locator(`button[aria-describedby="thread-facts-${thread.id}"]`);
    await button.click();
    await expect(button).toHaveAttribute('aria-current', 'true');
    const comments = page.getByRole('region', { name: 'Comments', exact: true });
    await expect(comments).toContainText(expected[0] ?? '');
    const shown = await scanList(page, comments, guards, `thread ${thread.id}`);
    expect([...shown].sort(), `comments shown in thread ${thread.id}`).toEqual([...expected].sort());
    shown.forEach((marker) => seen.add(marker));
  }
  return seen;
}

async function showSearchResults(page: Page, guards: Guards): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search' });
  const results = page.getByRole('listbox', { name: 'Search results' });
  for (const query of SEARCHES) {
    await box.fill(query);
    await expect(results).toBeVisible();
    await expect(results).not.toHaveAttribute('aria-busy', 'true');
    // Sanitized text keeps no "javascript:" and maybe no "iframe": only the marker must be found.
    if (query === FOUND) await expect(results.getByRole('option').first()).toBeVisible();
    await expectInert(page, guards, `search results for “${query}”`);
  }
  await box.fill('');
}

// The post list draws only the rows in view: this scrolls it on (from the top again once at the end) until
// `postId`'s row is drawn, or with null from the top to the end, reporting every post id drawn on the way.
const scrollPostList = (page: Page, postId: string | null): Promise<string[]> =>
  page.evaluate(async (postId) => {
    const list = document.querySelector('[role="listbox"][aria-label="Posts"]');
    let scroller = list?.parentElement ?? null;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    if (!list || !scroller) return [];
    const seen = new Set<string>();
    const drawn = () => {
      for (const option of list.querySelectorAll('[role="option"][data-post-id]'))
        seen.add(option.getAttribute('data-post-id') ?? '');
      return postId !== null && seen.has(postId);
    };
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const scrollTo = async (top: number) => {
      scroller.scrollTop = top;
      await frame();
      await frame();
    };
    let fromTop = postId === null;
    if (fromTop) await scrollTo(0);
    while (!drawn()) {
      const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
      if (atEnd && fromTop) break;
      if (atEnd) fromTop = true;
      await scrollTo(atEnd ? 0 : scroller.scrollTop + scroller.clientHeight);
    }
    return [...seen];
  }, postId);

// Opens a post from the list and waits, in the page, until the editor shows the body that starts with `marker`.
const openInEditor = async (page: Page, postId: string, marker: string): Promise<string> => {
  await scrollPostList(page, postId);
  return page.evaluate(
    async ({ postId, marker }) => {
      const option = document.querySelector(`[role="option"][data-post-id="${CSS.escape(postId)}"]`);
      if (!(option instanceof HTMLElement)) return 'not in the post list';
      option.click();
      const started = performance.now();
      while (performance.now() - started < 30_000) {
        const editor = document.querySelector('.body-editor .ProseMirror');
        if (option.getAttribute('aria-selected') === 'true' && editor?.textContent?.includes(marker)) return 'shown';
        await new Promise((done) => requestAnimationFrame(done));
      }
      return 'not shown in the editor';
    },
    { postId, marker },
  );
};

async function showPosts(
  page: Page,
  guards: Guards,
  posts: number,
  bodies: { postId: string; marker: string }[],
): Promise<void> {
  await page.getByRole('tab', { name: /^Posts/ }).click();
  const list = page.getByRole('listbox', { name: 'Posts', exact: true });
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(posts));
  expect(new Set(await scrollPostList(page, null)).size, 'posts drawn in the post list').toBe(posts);
  await expectInert(page, guards, 'the post list');
  for (const { postId, marker } of bodies) {
    expect(await openInEditor(page, postId, marker), `post ${marker}`).toBe('shown');
    await expectInert(page, guards, `post ${marker} in the editor`);
  }
}

// The thread list and every thread, the reply queue, search results, the post list and the given post bodies.
export async function showEverywhere(
  page: Page,
  guards: Guards,
  dataFile: string,
  comments: number,
  bodies: { postId: string; marker: string }[],
): Promise<ShownCounts> {
  const every = Array.from({ length: comments }, (_, n) => commentMarker(n)).sort();
  const root = readRoot(dataFile);
  const seconds: Record<string, number> = {};
  const timed = async <T>(view: string, show: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await show();
    seconds[view] = Math.round((performance.now() - started) / 100) / 10;
    return result;
  };
  const inThreads = await timed('threads', () => showThreads(page, guards, dataFile));
  expect([...inThreads].sort(), 'comments shown in the thread view').toEqual(every);

  const queued = await timed('queue', async () => {
    await openQueue(page);
    return scanList(page, queueList(page), guards, 'the reply queue');
  });
  expect([...queued].sort(), 'comments shown in the reply queue').toEqual(every);

  await timed('search', () => showSearchResults(page, guards));
  await timed('posts', () => showPosts(page, guards, root.posts.length, bodies));
  return {
    threadsListed: root.threads.length,
    threadsOpened: root.threads.filter((thread) => thread.commentCount > 0).length,
    commentsInThreads: inThreads.size,
    commentsInQueue: queued.size,
    searches: SEARCHES.length,
    postsListed: root.posts.length,
    bodiesInEditor: bodies.length,
    seconds,
  };
}
