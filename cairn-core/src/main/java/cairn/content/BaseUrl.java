package cairn.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's {@code base_url}, parsed once: set or not, the URL without a trailing slash
 * ({@code https://example.org/guide}), its path ({@code /guide}; {@code ""} at a domain
 * root or when not set) and absolute URLs of site paths. Feeds, the sitemap and canonical
 * links need it; without it they are left out or relative.
 */
public record BaseUrl(String url, String path) {

    public static final BaseUrl NONE = new BaseUrl("", "");
    /** What {@code docs/schema/cairn.schema.json} asks for: a scheme, a host, no white space. */
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");

    /**
     * Why {@code raw} cannot be where the site is published, or empty when it can be (blank:
     * not set). Without a scheme and host ({@code example.org/guide}) every link the site
     * writes with its path would be relative, and broken on every page but the home page.
     */
    public static Optional<String> problem(String raw) {
        String url = raw == null ? "" : raw.strip().replaceAll("/+$", "");
        if (url.isEmpty() || ABSOLUTE.matcher(url).matches()) {
            return Optional.empty();
        }
        return Optional.of("must be an absolute http(s) URL such as https://example.org/guide, not \"" + raw.strip()
                + "\"");
    }

    /** {@code raw} as written in {@code cairn.yaml} or {@code --base-url}; blank or {@code null}: not set. */
    public static BaseUrl of(String raw) {
        String url = raw == null ? "" : raw.strip().replaceAll("/+$", "");
        if (url.isEmpty()) {
            return NONE;
        }
        String path;
        try {
            String p = new URI(url).getPath();
            path = p == null ? "" : p.replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            path = "";
        }
        return new BaseUrl(url, path);
    }

    public boolean isSet() {
        return !url.isEmpty();
    }

    /** {@code sitePath} ({@code /a.html}) as an absolute URL; only meaningful when {@link #isSet()}. */
    public String absolute(String sitePath) {
        return url + sitePath;
    }

    /** The scheme and host part ({@code https://example.org}): the URL without its path. */
    public String origin() {
        return path.isEmpty() ? url : url.substring(0, url.length() - path.length());
    }

    /** The URL as written (without a trailing slash), {@code ""} when not set: what templates get as {@code site.baseUrl}. */
    @Override
    public String toString() {
        return url;
    }
}
