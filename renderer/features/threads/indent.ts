// Deep reply chains stay readable: past this depth, replies stop moving right and say whom they answer.
export const MAX_INDENT = 6;
