/** Public surface of the data model: types and offset helpers. */
export * from './types.js';
export * from './offsets.js';
