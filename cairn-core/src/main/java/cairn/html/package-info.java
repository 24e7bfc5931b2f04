/**
 * Changes to finished HTML pages, one class per {@link cairn.html.HtmlTransform}. Each
 * finds its place with jsoup (never a regular expression over HTML) and leaves every
 * other byte of the page as it was. {@code serve} uses {@link cairn.html.ReloadScript}
 * and {@link cairn.html.ErrorOverlay}; a built site never contains either.
 */
package cairn.html;
