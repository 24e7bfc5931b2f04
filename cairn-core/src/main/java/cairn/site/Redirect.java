package cairn.site;

import cairn.SourcePos;

/**
 * An old address that sends readers on: {@code from} is the site path as written
 * ({@code /old.html}, {@code /old/}), {@code to} the site path of the target page, or an
 * absolute URL for a redirect to another site; {@code where} is the front-matter
 * {@code aliases} key or the {@code redirects} key of {@code cairn.yaml}.
 */
public record Redirect(String from, String to, SourcePos where) {

    /** The output file that serves {@code from}: {@code /old/} and {@code /old} → {@code /old/index.html}. */
    public String file() {
        if (from.endsWith("/")) {
            return from + "index.html";
        }
        String last = from.substring(from.lastIndexOf('/') + 1);
        return last.contains(".") ? from : from + "/index.html";
    }

    public boolean isExternal() {
        return !to.startsWith("/");
    }
}
