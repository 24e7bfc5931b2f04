/**
 * JMH micro-benchmarks of the build's hot stages, each measured warm and on its own:
 * front matter ({@code cairn.content.FrontMatterBench}, in the package it measures because
 * the front-matter reader is package-private), Markdown ({@link cairn.bench.MarkdownBench}),
 * assembly and the link graph ({@link cairn.bench.AssembleBench}) and the page template
 * ({@link cairn.bench.TemplateBench}). Input is a {@link cairn.bench.SyntheticGuide} made in
 * memory. They are test sources so that JMH's annotation processor runs in
 * {@code mvn test-compile}; {@code bench/jmh.sh} runs them, surefire never does (no class
 * here is named {@code *Test} but {@code StageBenchmarksTest}, which only checks that each
 * benchmark still runs).
 */
package cairn.bench;
