/** The shared-memory layout between the main thread and the segmentation worker. */
export const STATE = 0;
export const OP = 1;
export const LENGTH = 2;
export const CONTROL_SLOTS = 4;

export const IDLE = 0;
export const REQUEST = 1;
export const RESPONSE = 2;
export const FAILED = 3;

export const OP_CUT = 1;
export const OP_INSERT_WORDS = 2;

/** Separates words in requests and responses; it never occurs in text worth segmenting. */
export const SEPARATOR = '\u0001';
export const DATA_BYTES = 1 << 20;
