/**
 * Social cards: a 1200 × 630 PNG per page, post, home page and table of contents, used as
 * its {@code og:image} / {@code twitter:image}. {@link cairn.render.cards.SocialCards}
 * decides which pages get one and writes them (in parallel, keeping unchanged cards of the
 * previous output); {@code CardPainter} draws one in the theme's colours ({@code CardPalette},
 * read from the theme's {@code cairn.css}) with the fonts bundled in cairn's jar
 * ({@code CardFonts}), on a {@code CardCanvas} from glyphs Java2D drew once ({@code Glyphs});
 * {@code IndexedPng} encodes it with its own deflate, writing rows that hold only whole glyph
 * rows ({@code RowGlyphs}) from codes worked out once per glyph ({@code GlyphCodes},
 * {@code PlainRows}), so the bytes depend on neither the JDK nor the platform's zlib.
 */
package cairn.render.cards;
