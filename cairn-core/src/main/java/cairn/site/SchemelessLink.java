package cairn.site;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link that looks like another site's address written without its scheme
 * ({@code www.twilio.com/docs}, {@code example.org/page}): a browser reads it as a path on
 * this site. {@code build} and {@code check} report it alike, as a {@code missing-scheme}
 * warning with the {@code https://} address as the hint.
 */
public final class SchemelessLink {

    private static final Pattern DOMAIN_LIKE = Pattern.compile(
            "^(?i)(www\\d?\\.[a-z0-9-]+(\\.[a-z0-9-]+)+|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|org|net|io|dev|edu|gov|info|co|uk|de|fr|me|ai|app))(:\\d+)?(/.*)?$");

    private SchemelessLink() {
    }

    /** The address {@code target} probably meant ({@code https://} + it), when it looks like one. */
    public static Optional<String> fix(String target) {
        String t = target.strip();
        return !t.startsWith("/") && DOMAIN_LIKE.matcher(t).matches() ? Optional.of("https://" + t) : Optional.empty();
    }

    /** The message for {@code target}, which resolves to {@code path} on this site. */
    public static String message(String target, String path, String fixed) {
        return "link \"" + target + "\" has no scheme, so it points at " + path + " on this site (did you mean \""
                + fixed + "\"?)";
    }
}
