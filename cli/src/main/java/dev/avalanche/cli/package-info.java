/**
 * The picocli command line: one class per subcommand. The only place with a main() and with exit
 * codes (0 ok, 1 failure during a run, 2 bad input or usage).
 */
package dev.avalanche.cli;
