export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

export const printLines = (lines: string[]): void => {
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
};
