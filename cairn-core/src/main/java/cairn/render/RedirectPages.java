package cairn.render;

import cairn.site.GeneratedFiles;
import cairn.site.Redirect;
import cairn.site.Site;

import java.util.ArrayList;
import java.util.List;

/**
 * One small HTML page per redirect, at the old address: an immediate meta refresh and a
 * canonical link to the new address (search engines treat it like a permanent redirect),
 * a plain link for everyone else, no JavaScript. Plus {@code /_redirects} with the same
 * rules as real 301s for hosts that read it (Netlify, Cloudflare Pages); a
 * {@code static/_redirects} of the site's own replaces it.
 */
final class RedirectPages {

    private final Site site;

    RedirectPages(Site site) {
        this.site = site;
    }

    List<OutputFile> write() {
        List<OutputFile> out = new ArrayList<>();
        if (site.redirects().isEmpty()) {
            return out;
        }
        String basePath = site.config().basePath();
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        site.pages().forEach(p -> titles.put(p.url(), p.title()));
        StringBuilder rules = new StringBuilder("# Written by cairn: aliases and redirects (see cairn.yaml)\n");
        for (Redirect r : site.redirects()) {
            String to = r.isExternal() ? r.to() : basePath + r.to();
            String canonical = r.isExternal() || !site.config().baseUrl().isSet() ? to : site.config().baseUrl().absolute(r.to());
            String title = titles.getOrDefault(r.to(), to);
            out.add(OutputFile.text(r.file(), page(to, canonical, title)));
            rules.append(basePath).append(r.from()).append(' ').append(to).append(" 301\n");
        }
        if (!site.staticFiles().containsKey(GeneratedFiles.REDIRECTS)) {
            out.add(OutputFile.text(GeneratedFiles.REDIRECTS, rules.toString()));
        }
        return out;
    }

    private String page(String to, String canonical, String title) {
        String t = escape(title);
        String lang = escape(site.config().language());
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Moved: " + t + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + escape(canonical) + "\">\n"
                // without an icon link browsers ask for /favicon.ico, a 404 on every redirect
                + "<link rel=\"icon\" href=\"" + escape(site.config().basePath() + "/theme/favicon.svg")
                + "\" type=\"image/svg+xml\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + escape(to) + "\">\n"
                + "</head>\n<body>\n<main>\n<p>This page has moved to <a href=\"" + escape(to) + "\">" + t
                + "</a>.</p>\n</main>\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
