package cairn.render.cards;
public class CardProfile {
  interface R { void run(); }
  static void time(String name, int n, R r) { for (int i = 0; i < n/3; i++) r.run(); var mx = java.lang.management.ManagementFactory.getThreadMXBean(); long t = mx.getCurrentThreadCpuTime(); long w = System.nanoTime(); for (int i = 0; i < n; i++) r.run(); System.out.printf("%-10s cpu %.3f ms wall %.3f ms%n", name, (mx.getCurrentThreadCpuTime()-t)/1e6/n, (System.nanoTime()-w)/1e6/n); }
  public static void main(String[] a) throws Exception {
    CardPainter p = new CardPainter(CardPalette.defaults(), "cairn", "cairn-ssg.github.io/cairn");
    Card c = new Card("/a.png", "cairn", "h", "Writing", "Markdown for everyone who writes guides", "cairn reads CommonMark with a handful of well-known extensions — tables, strikethrough, footnotes, definition lists, autolinks, heading ids, admonitions, task lists and a [TOC] marker.");
    byte[] raw = new byte[1201*630]; int[] pal = new int[62];
    java.util.Arrays.fill(pal, 0x123456);
    time("encode-blank", 300, () -> IndexedPng.encode(1200, 630, pal, raw));
    CardFonts.Face f = CardFonts.get().face(false, 30);
    String d = c.description();
    time("wrap", 300, () -> CardLines.wrap(f, d, 1040, 3));
    time("width", 3000, () -> f.width("cairn reads CommonMark with a handful"));
    
    java.awt.image.BufferedImage im = new java.awt.image.BufferedImage(1200, 630, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = im.createGraphics(); g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON); g.setColor(java.awt.Color.WHITE);
    
    time("draw", 1000, () -> f.draw(g, "cairn reads CommonMark with a handful of well-known extensions —", 80, 300));
    time("raster", 300, () -> p.raster(c));
    byte[] r = p.raster(c).clone();
    time("encode", 300, () -> IndexedPng.encode(1200, 630, pal, r));
    time("adler", 300, () -> { var ad = new java.util.zip.Adler32(); ad.update(r); });
    time("paint", 300, () -> p.paint(c));
  }
}
