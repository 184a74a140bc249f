export * from './blocks';
export * from './anchors';
export * from './redline';
export { escapeHtml } from './html';
export type { TextBlockTag } from './html';
