/**
 * One jsdom window for DOMPurify in Node. linkedom documents have a window
 * DOMPurify cannot run in, and cloned documents have none at all.
 */
import { JSDOM } from 'jsdom';

let shared: Window | null = null;

/** The shared sanitizer window, created on first use. */
export function nodeWindow(): Window {
  shared ??= new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window;
  return shared;
}
