import type { Clock } from '../clock/clock.ts';

export interface EtagState {
  last: number;
}

/** Quoted, strictly increasing 16-digit numbers, shaped like Google's event etags (`"3485815948352798"`). */
export function nextEtag(state: EtagState, clock: Clock): string {
  state.last = Math.max(state.last + 1, clock.now() * 2000);
  return `"${state.last}"`;
}
