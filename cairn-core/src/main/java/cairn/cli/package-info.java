/**
 * The command line (picocli): one thin class per command that turns options into a
 * call of the build stages and their result into output and an exit code. The only
 * package that prints or decides exit codes.
 */
package cairn.cli;
