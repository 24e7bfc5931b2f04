/**
 * The Maven plugin ({@code cairn-maven-plugin}): {@code cairn:build}, {@code cairn:check} and
 * {@code cairn:serve} as goals. Each goal turns its parameters into the command line of the
 * same cairn command and runs it in Maven's JVM through {@code cli.Cli}, so a goal does
 * exactly what {@code cairn build|check|serve} does; its output goes to Maven's log and its
 * exit code becomes the goal's outcome. The right-most layer: nothing in cairn imports it.
 */
package cairn.maven;
