package cairn.render;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.SourcePos;
import cairn.content.Theme;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders templates with one Pebble engine, built once and shared by all threads (its
 * template cache compiles each template once). The site's {@code templates/} directory
 * comes first, the default theme in the jar second, so a site overrides only the
 * templates it wants. Autoescaping is on; Pebble errors become diagnostics naming the
 * template file and line.
 */
public final class TemplateRenderer {

    private static final String SUFFIX = ".peb";
    private final PebbleEngine engine;
    private final Theme theme;

    public TemplateRenderer(Theme theme, boolean strictVariables) {
        this.theme = theme;
        List<Loader<?>> loaders = new ArrayList<>();
        theme.siteTemplates().ifPresent(dir -> {
            FileLoader site = new FileLoader();
            site.setPrefix(dir.toAbsolutePath().toString());
            site.setSuffix(SUFFIX);
            loaders.add(site);
        });
        ClasspathLoader packaged = new ClasspathLoader(TemplateRenderer.class.getClassLoader());
        packaged.setPrefix("cairn/theme/templates");
        packaged.setSuffix(SUFFIX);
        loaders.add(packaged);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(strictVariables)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    /** The template pages of the theme ({@link Theme#pageTemplates()}), rendered as template {@code pages/NAME}. */
    public List<String> pageTemplates() {
        return theme.pageTemplates();
    }

    /** True when template {@code name} ({@code page}) is the default theme's: the site has no {@code templates/NAME.peb}. */
    public boolean isDefault(String name) {
        return theme.siteTemplates().map(dir -> dir.resolve(name + SUFFIX)).filter(Files::isRegularFile).isEmpty();
    }

    /** Renders template {@code name} ({@code page} → {@code page.peb}) with {@code model}. */
    public String render(String name, Map<String, Object> model) throws DiagnosticException {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            template.evaluate(out, model);
            return out.toString();
        } catch (PebbleException e) {
            throw new DiagnosticException(diagnostic(name, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Diagnostic diagnostic(String name, PebbleException e) {
        String file = e.getFileName() != null ? e.getFileName() : name;
        Path path = templatePath(file);
        int line = e.getLineNumber() == null ? 0 : Math.max(0, e.getLineNumber());
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage());
        message = message.replace("Unexpected character [\u0000]",
                "unexpected end of template (is a {{ or {% left unclosed?)").replaceAll("\\p{Cntrl}", " ");
        java.util.regex.Matcher missing = java.util.regex.Pattern
                .compile("(?:Could not find template|Unable to find resource) \"?([^\"\\s)]+)").matcher(message);
        if (missing.find()) {
            String wanted = missing.group(1).replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.peb$", "");
            message = "template \"" + wanted + SUFFIX + "\" not found in templates/ or the default theme";
        }
        return Diagnostic.error("template", new SourcePos(path, line, 0), message.replaceAll("\\s+", " ").strip());
    }

    private Path templatePath(String name) {
        String stem = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        String base = stem.replaceFirst("^.*[/\\\\]", "");
        Path site = theme.siteTemplates().map(d -> d.resolve(base + SUFFIX)).orElse(null);
        if (site != null && Files.isRegularFile(site)) {
            return Path.of(Theme.TEMPLATES_DIR, base + SUFFIX);
        }
        return Path.of("(default theme)", Theme.TEMPLATES_DIR, base + SUFFIX);
    }

}
