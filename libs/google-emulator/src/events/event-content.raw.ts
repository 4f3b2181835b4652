import type { EventContent } from './event.model.ts';
import { rawEventTime } from './event-time.render.ts';

/** The content as the JSON body a client would send: the document a PATCH is merged into. */
export function rawEventContent(content: EventContent): Record<string, unknown> {
  const { start, end, ...rest } = content;
  return { ...structuredClone(rest), start: rawEventTime(start), end: rawEventTime(end) };
}
