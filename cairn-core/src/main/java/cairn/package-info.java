/**
 * Words shared by every stage of cairn: source positions, diagnostics and the exception
 * that carries them. No logic lives here beyond formatting and sorting.
 *
 * <p>The pipeline runs one way through the sub-packages:
 * {@code content → markdown → site → render → html → check → build → serve → cli}.
 * A package imports only packages to its left (and this one).
 */
package cairn;
