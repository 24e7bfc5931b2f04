/**
 * Words shared by every stage of cairn: source positions, severities, diagnostics, the
 * exceptions that carry them and the overview of a long list of them. No logic lives here
 * beyond formatting, counting and sorting.
 *
 * <p>The pipeline runs one way through the sub-packages:
 * {@code content → markdown → site → render → html → check → cache → pipeline → serve →
 * scaffold → cli} (docs/architecture.md).
 * A package imports only packages to its left (and this one).
 */
package cairn;
