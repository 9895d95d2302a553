// The nine channels a new library starts with, in the order the author sees them.
export const BUILT_IN_CHANNEL_CODES = ['B2B', 'B2C', 'C2C', 'C2B', 'C2E', 'E2C', 'E2E', 'B2E', 'E2B'];
