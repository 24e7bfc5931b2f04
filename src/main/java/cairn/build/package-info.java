/**
 * The whole build: {@link cairn.build.Pipeline} runs the stages in order (it reads like
 * the table of contents of cairn) and {@link cairn.build.OutputWriter} writes the result
 * into a staging directory that replaces the output directory only when the build
 * succeeded, so a failed or killed build never leaves a half-written site.
 */
package cairn.build;
