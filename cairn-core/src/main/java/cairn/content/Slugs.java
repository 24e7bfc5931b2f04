package cairn.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for slugs, the names that become URLs. A slug derived from a file name is
 * normalised (accents dropped, lower case, runs of other characters turned into one
 * {@code -}); a slug written in front matter is taken as is when it is safe as a single
 * URL path segment and a file name on every host, and rejected otherwise, so an author
 * never gets a URL they did not write. Upper case is allowed (Full Stack Python has
 * {@code Oracle}) but {@code cairn check} warns about it.
 */
public final class Slugs {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2}|\\d+)[-_.]");
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._~-]*");

    private Slugs() {
    }

    /**
     * {@code 03-data.markdown} → {@code data}, {@code 2026-03-12-hello.md} → {@code hello};
     * empty when nothing usable is left.
     */
    public static Optional<String> fromFileName(String fileName) {
        String base = fileName.replaceFirst("\\.(md|markdown|mkd|mdown|mdwn)$", "");
        String stripped = LEADING_NUMBER.matcher(base).replaceFirst("");
        String slug = normalise(stripped.isEmpty() ? base : stripped);
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /** Lower-case ASCII letters, digits and single hyphens. */
    public static String normalise(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** Why {@code slug} cannot be used, or empty when it can. */
    public static Optional<String> problem(String slug) {
        if (slug.isEmpty()) {
            return Optional.of("slug is empty");
        }
        if (slug.contains("/") || slug.contains("\\")) {
            return Optional.of("slug \"" + slug + "\" contains a path separator; a slug is one path segment");
        }
        if (slug.contains("..")) {
            return Optional.of("slug \"" + slug + "\" contains \"..\"");
        }
        if (!SAFE.matcher(slug).matches()) {
            return Optional.of("slug \"" + slug + "\" may only contain letters, digits, \"-\", \"_\", \".\" and \"~\""
                    + " and must start with a letter or digit (try \"" + normalise(slug) + "\")");
        }
        return Optional.empty();
    }
}
