// "1 comment", "2 comments": the CLI's human output reads as English.
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
