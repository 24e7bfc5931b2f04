/**
 * The whole build: {@link cairn.pipeline.Pipeline} runs the stages in order (it reads like
 * the table of contents of cairn) and {@link cairn.pipeline.OutputWriter} writes the result
 * into a staging directory that replaces the output directory only when the build
 * succeeded, so a failed or killed build never leaves a half-written site.
 */
package cairn.pipeline;
