import type { Command } from 'commander';

// A command's usage in one line, written from its own declaration: `export <postId> [--format <format>] [--out <file>]`.
export const commandLine = (command: Command): string => {
  const args = command.registeredArguments.map((arg) =>
    arg.required ? `<${arg.name()}${arg.variadic ? '...' : ''}>` : `[${arg.name()}${arg.variadic ? '...' : ''}]`,
  );
  const options = command.options
    .filter((option) => !option.hidden)
    .map((option) => (option.mandatory ? option.flags : `[${option.flags}]`));
  return [command.name(), ...args, ...options].join(' ');
};

// A usage error in a command is followed by that command's usage, not by the list of every command.
export function showUsageAfterErrors(program: Command): void {
  for (const command of program.commands)
    command.showHelpAfterError(
      `Usage: kanal ${commandLine(command)}\n(kanal ${command.name()} --help explains its options)`,
    );
}
