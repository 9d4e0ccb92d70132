/** The reply library: schema, editing, placeholders, lengths, ranking, import/export, starter set. */
export * from './schema';
export * from './placeholders';
export * from './length';
export * from './edit';
export * from './categorize';
export * from './rank';
export * from './io';
export * from './insert';
export * from './search';
export { starterLibrary, STARTER_APPROVER } from './starter';
