// The demo news as SharePoint news pages, written the way Communications write them: through
// the product's own page writer (PnPjs clientside-pages over the page API). Posts dated in the
// past are published at their date (the emulator clock is set to it, so FirstPublishedDate is
// right); future ones are scheduled; concepts stay drafts.
import { SPFI } from '@pnp/sp';
import { NewsPageWriter } from '../../src/data/pages/newsPageWriter';
import { isPillar, NewsPostInput } from '../../src/core/types';
import type { NewsPostBody } from './content';

function toInput(body: NewsPostBody): NewsPostInput {
  return {
    title: body.Title,
    bodyHtml: body.SbBody,
    excerpt: body.SbExcerpt,
    pillar: isPillar(body.SbPillar) ? body.SbPillar : 'Samen',
    theme: body.SbTheme,
    imageUrl: body.SbImageUrl ? body.SbImageUrl.Url : null,
    publishAt: new Date(body.PlannedFor),
    nationalDay: body.SbNationalDay
  };
}

async function setClock(origin: string, now: Date | null): Promise<void> {
  const answer = await fetch(`${origin}/_emulator/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now: now ? now.toISOString() : null })
  });
  if (!answer.ok) {
    throw new Error(`Setting the emulator clock failed: ${answer.status}`);
  }
}

/** Writes the posts and drafts; returns how many pages were made. */
export async function seedNewsPages(comms: SPFI, siteUrl: string, now: Date, posts: NewsPostBody[], drafts: NewsPostBody[]): Promise<number> {
  const origin = new URL(siteUrl).origin;
  const writer = new NewsPageWriter(comms);
  for (const body of posts) {
    const input = toInput(body);
    if (input.publishAt.getTime() <= now.getTime()) {
      await setClock(origin, input.publishAt);
      try {
        await writer.publishNow(await writer.createDraft(input));
      } finally {
        await setClock(origin, null);
      }
    } else {
      await writer.schedule(await writer.createDraft(input), input.publishAt);
    }
  }
  for (const body of drafts) {
    await writer.createDraft(toInput(body));
  }
  return posts.length + drafts.length;
}
