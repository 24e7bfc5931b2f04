package cairn.render;

import cairn.content.Fingerprint;
import cairn.content.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of everything one templated output file is made from: the templates (every file
 * of the site's and the packaged theme, the strictness, cairn's build) and the page's whole
 * template model, walked in key order. Two equal digests mean the same template run on the
 * same model, so the previous output of that page can be kept. The parts of the model that
 * every page shares (the site, each chapter, each page's link) are digested once.
 *
 * <p>Digests are {@link Fingerprint}s (MurmurHash3, 128 bits): the models are tens of
 * megabytes at 2,000 pages, where SHA-256 in C1-compiled code took 3 % of a cold build's CPU.
 */
public final class RenderFingerprint {

    private final byte[] templates;
    private final Set<Object> shared;
    private final Map<Object, long[]> memo = Collections.synchronizedMap(new IdentityHashMap<>());

    RenderFingerprint(String templatesDigest, Set<Object> shared) {
        this.templates = templatesDigest.getBytes(StandardCharsets.UTF_8);
        this.shared = shared;
    }

    /** The digest of the template files of {@code theme}, with the options that change what they make. */
    public static String templatesDigest(Theme theme, boolean strict, String codeVersion) {
        Fingerprint f = new Fingerprint().text("strict=" + strict + ";cairn=" + codeVersion);
        List<Path> dirs = new ArrayList<>();
        theme.siteTemplates().ifPresent(dirs::add);
        dirs.add(theme.defaultTemplates());
        for (Path dir : dirs) {
            f.text("dir");
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    f.text(dir.relativize(file).toString());
                    byte[] bytes = Files.readAllBytes(file);
                    f.number(bytes.length).bytes(bytes, 0, bytes.length);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return f.hex();
    }

    /** The digest of template {@code template} rendering {@code model}. */
    public String of(String template, Map<String, Object> model) {
        return new Fingerprint().bytes(templates, 0, templates.length).text(template).fingerprint(digest(model)).hex();
    }

    private long[] digest(Object value) {
        boolean isShared = shared.contains(value);
        if (isShared) {
            long[] known = memo.get(value);
            if (known != null) {
                return known;
            }
        }
        Fingerprint f = new Fingerprint();
        add(f, value);
        long[] d = f.finish();
        if (isShared) {
            memo.put(value, d);
        }
        return d;
    }

    private void add(Fingerprint f, Object value) {
        if (value == null) {
            f.text("n");
        } else if (value instanceof CurrentChapter chapter && chapter.shared() != null) {
            f.text("current chapter").fingerprint(digest(chapter.shared())).text(chapter.currentUrl());
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            f.text("m" + sorted.size());
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                f.text(e.getKey());
                addChild(f, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            f.text("l" + list.size());
            for (Object item : list) {
                addChild(f, item);
            }
        } else {
            // strings, numbers, booleans, dates: their class and text say all there is
            f.text(typeName(value));
            f.text(value.toString());
        }
    }

    /** The class of a leaf value; the common ones by a short tag, as they are in every map. */
    private static String typeName(Object value) {
        return value instanceof String ? "s" : value instanceof Boolean ? "b" : value instanceof Integer ? "i"
                : value.getClass().getName();
    }

    private void addChild(Fingerprint f, Object value) {
        if (value instanceof Map || value instanceof List) {
            // the child's own fingerprint: a sidebar lists thousands of children per page
            f.fingerprint(digest(value));
        } else {
            add(f, value);
        }
    }

    /** Shared parts by identity: equal maps of different pages are still different objects. */
    static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

}
