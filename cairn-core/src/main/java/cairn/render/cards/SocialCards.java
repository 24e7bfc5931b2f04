package cairn.render.cards;

import cairn.content.Fingerprint;
import cairn.render.OutputFile;
import cairn.render.RenderReuse;
import cairn.site.Chapter;
import cairn.site.Page;
import cairn.site.Site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The social cards of a site: one 1200 × 630 PNG per page, post, home page and table of
 * contents, at {@code /cards/PATH.png} for a page at {@code /PATH.html}, used as the page's
 * {@code og:image} and {@code twitter:image}. Cards are made only when the site has a
 * {@code base_url} (those tags need absolute URLs) and {@code social_cards} is not
 * {@code false}. Precedence for a page's image: its {@code headerimage}; on the home page
 * the site's {@code image:} when set; then its card; then the site's {@code image:}.
 *
 * <p>Cards are drawn in parallel. Each has a fingerprint (a {@link Fingerprint} of everything drawn on it,
 * the palette, {@link #VERSION} and the pages' templates digest, which includes the code
 * version); with a build cache, a card whose
 * fingerprint matches the previous build's is kept from the previous output instead of
 * drawn again ({@link RenderReuse}, the same manifest as the pages).
 */
public final class SocialCards {

    /** Changes whenever a card's look changes, so no earlier card is kept. */
    static final String VERSION = "cards-2";
    private static final String DIR = "/cards/";
    private static final String THEME_CSS = "/theme/cairn.css";

    private SocialCards() {
    }

    /** True when {@code site} gets cards. */
    public static boolean enabled(Site site) {
        return site.config().reader().socialCards() && site.config().baseUrl().isSet();
    }

    /**
     * The site path of the card of the page at {@code pageUrl} ({@code /a/b.html} →
     * {@code /cards/a/b.png}, {@code /x/} → {@code /cards/x/index.png}).
     */
    public static String cardUrl(String pageUrl) {
        String path = pageUrl.startsWith("/") ? pageUrl.substring(1) : pageUrl;
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index";
        } else if (path.endsWith(".html")) {
            path = path.substring(0, path.length() - ".html".length());
        } else if (path.endsWith(".htm")) {
            path = path.substring(0, path.length() - ".htm".length());
        }
        return DIR + path + ".png";
    }

    /** The cards {@code site} gets (none when {@link #enabled} is false). */
    public static List<Card> plan(Site site) {
        if (!enabled(site)) {
            return List.of();
        }
        var config = site.config();
        String host = config.baseUrl().url().replaceFirst("^https?://", "").replaceFirst("/+$", "");
        List<Card> cards = new ArrayList<>();
        for (Page page : site.pages()) {
            boolean home = site.home().filter(page.id()::equals).isPresent();
            String chapter = home ? "" : page.isPost() ? "Blog"
                    : site.chapterOf(page.id()).map(Chapter::title).orElse("");
            String description = page.source().meta().isBlank() && home ? config.description() : page.source().meta();
            cards.add(new Card(cardUrl(page.url()), config.title(), host, chapter,
                    home ? config.title() : page.title(), description));
        }
        if (site.home().isEmpty()) {
            cards.add(new Card(cardUrl("/index.html"), config.title(), host, "", config.title(), config.description()));
        }
        cards.add(new Card(cardUrl(config.urls().toc()), config.title(), host, "", "Table of contents",
                config.description()));
        return cards;
    }

    /**
     * Draws every card of {@code site} into {@code sink}, in parallel, keeping from the previous
     * output the cards {@code reuse} accepts.
     */
    public static void write(Site site, Consumer<OutputFile> sink, RenderReuse reuse) {
        List<Card> cards = plan(site);
        if (cards.isEmpty()) {
            return;
        }
        CardPalette palette = palette(site);
        String salt = VERSION + "\n" + palette.digest() + "\n" + reuse.templatesDigest();
        List<Job> jobs = cards.stream().map(c -> new Job(c, fingerprint(salt, c))).toList();
        List<Job> todo = jobs.stream().filter(j -> !reuse.reuse(j.card().url(), j.fingerprint())).toList();
        if (todo.isEmpty()) {
            return; // every card kept: the fonts are not even loaded
        }
        Card first = todo.get(0).card();
        CardPainter painter = new CardPainter(palette, first.site(), first.host());
        todo.parallelStream().forEach(job -> {
            sink.accept(new OutputFile(job.card().url(), painter.paint(job.card())));
            reuse.rendered(job.card().url(), job.fingerprint());
        });
    }

    private record Job(Card card, String fingerprint) {
    }

    /** The theme's colours: the site's own {@code static/theme/cairn.css} when it has one, else the default theme's. */
    private static CardPalette palette(Site site) {
        Path css = site.staticFiles().get(THEME_CSS);
        if (css == null) {
            return CardPalette.defaults();
        }
        try {
            return CardPalette.fromCss(Files.readString(css, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return CardPalette.defaults();
        }
    }

    static String fingerprint(String salt, Card card) {
        Fingerprint f = new Fingerprint();
        for (String part : List.of(salt, card.site(), card.host(), card.chapter(), card.title(), card.description())) {
            f.text(part);
        }
        return f.hex();
    }

    /** The card of the page at {@code pageUrl}, drawn on its own ({@code serve} asks for one when a browser does). */
    public static Optional<byte[]> one(Site site, String cardUrl) {
        return plan(site).stream().filter(c -> c.url().equals(cardUrl)).findFirst()
                .map(c -> new CardPainter(palette(site), c.site(), c.host()).paint(c));
    }
}
