package cairn.render.cards;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of a card, taken from the theme's light scheme: the first {@code :root}
 * block of its {@code cairn.css} ({@code --bg}, {@code --text}, {@code --muted},
 * {@code --link}, {@code --accent}, {@code --border}), so a site that restyles the theme
 * gets cards in its own colours. A token that is missing or not a {@code #rgb} /
 * {@code #rrggbb} colour keeps the default theme's value. Colours are {@code 0xRRGGBB}.
 */
record CardPalette(int bg, int text, int muted, int link, int accent, int border) {

    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile("--([a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\s*[;}]?");

    static CardPalette defaults() {
        return new CardPalette(0xfbfaf7, 0x1d2125, 0x59616b, 0x0f5e73, 0x8a5a1f, 0xd9d5cc);
    }

    static CardPalette fromCss(String css) {
        CardPalette d = defaults();
        Matcher root = ROOT.matcher(css);
        if (!root.find()) {
            return d;
        }
        Map<String, Integer> found = new HashMap<>();
        Matcher m = TOKEN.matcher(root.group(1));
        while (m.find()) {
            found.putIfAbsent(m.group(1), rgb(m.group(2)));
        }
        return new CardPalette(found.getOrDefault("bg", d.bg), found.getOrDefault("text", d.text),
                found.getOrDefault("muted", d.muted), found.getOrDefault("link", d.link),
                found.getOrDefault("accent", d.accent), found.getOrDefault("border", d.border));
    }

    private static int rgb(String hex) {
        if (hex.length() == 3) {
            StringBuilder six = new StringBuilder();
            for (char c : hex.toCharArray()) {
                six.append(c).append(c);
            }
            hex = six.toString();
        }
        return Integer.parseInt(hex, 16);
    }

    /** The colour {@code k/15} of the way from the background to {@code colour}. */
    int blend(int colour, int k) {
        int r = mix(bg >> 16 & 0xff, colour >> 16 & 0xff, k);
        int g = mix(bg >> 8 & 0xff, colour >> 8 & 0xff, k);
        int b = mix(bg & 0xff, colour & 0xff, k);
        return r << 16 | g << 8 | b;
    }

    private static int mix(int from, int to, int k) {
        return (from * (15 - k) + to * k + 7) / 15;
    }

    /** For cache keys: the six colours as hex. */
    String digest() {
        return String.format("%06x%06x%06x%06x%06x%06x", bg, text, muted, link, accent, border);
    }
}
