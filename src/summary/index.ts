/** Summaries across documents: one row per quantity, with sources and conflicts. */
export { summarize, clusterStatements } from './summarize.js';
export { groupRecords, groupId, type Group, type Statement } from './group.js';
export { agree, intervalOf, intersect, type Interval, type Stated } from './interval.js';
export type * from './types.js';
