import type { StoredEvent } from './event.model.ts';
import { type RenderContext, renderCancelledStub, renderEvent } from './event.render.ts';

/** Serialised list items, reused while an event's etag (and the rendering zone) stay the same. */
export interface EventJsonCache {
  itemJson(event: StoredEvent, ctx: RenderContext, stub: boolean): string;
}

export function createEventJsonCache(): EventJsonCache {
  const cache = new WeakMap<StoredEvent, { key: string; text: string }>();
  return {
    itemJson(event, ctx, stub) {
      const key = `${event.etag}|${ctx.zone}|${ctx.calendar.id}|${stub}|${ctx.freeBusy === true}`;
      const hit = cache.get(event);
      if (hit?.key === key) return hit.text;
      const text = JSON.stringify(stub ? renderCancelledStub(event, ctx) : renderEvent(event, ctx));
      cache.set(event, { key, text });
      return text;
    },
  };
}
