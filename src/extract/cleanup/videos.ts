/** Video cards made by the fidelity pass are recorded as removed 'video' blocks. */
import { VIDEO_ATTR } from '../prepare/video-embeds';
import type { Removals } from './removals';

/** Moves every video card under `root` into the removals. */
export function videoPass(root: Element, removals: Removals): void {
  for (const card of Array.from(root.querySelectorAll(`[${VIDEO_ATTR}]`))) removals.remove(card, 'video');
}
