package cairn.render;

import cairn.content.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
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
 */
public final class RenderFingerprint {

    private final byte[] templates;
    private final Set<Object> shared;
    private final Map<Object, byte[]> memo = Collections.synchronizedMap(new IdentityHashMap<>());

    RenderFingerprint(String templatesDigest, Set<Object> shared) {
        this.templates = templatesDigest.getBytes(StandardCharsets.UTF_8);
        this.shared = shared;
    }

    /** The digest of the template files of {@code theme}, with the options that change what they make. */
    public static String templatesDigest(Theme theme, boolean strict, String codeVersion) {
        MessageDigest sha = sha();
        text(sha, "strict=" + strict + ";cairn=" + codeVersion);
        List<Path> dirs = new ArrayList<>();
        theme.siteTemplates().ifPresent(dirs::add);
        dirs.add(theme.defaultTemplates());
        for (Path dir : dirs) {
            text(sha, "dir");
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    text(sha, dir.relativize(f).toString());
                    byte[] bytes = Files.readAllBytes(f);
                    text(sha, Integer.toString(bytes.length));
                    sha.update(bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of template {@code template} rendering {@code model}. */
    public String of(String template, Map<String, Object> model) {
        MessageDigest sha = sha();
        sha.update(templates);
        text(sha, template);
        sha.update(digest(model));
        return HexFormat.of().formatHex(sha.digest());
    }

    private byte[] digest(Object value) {
        boolean isShared = shared.contains(value);
        if (isShared) {
            byte[] known = memo.get(value);
            if (known != null) {
                return known;
            }
        }
        MessageDigest sha = sha();
        add(sha, value);
        byte[] d = sha.digest();
        if (isShared) {
            memo.put(value, d);
        }
        return d;
    }

    private void add(MessageDigest sha, Object value) {
        if (value == null) {
            text(sha, "n");
        } else if (value instanceof CurrentChapter chapter && chapter.shared() != null) {
            text(sha, "current chapter");
            sha.update(digest(chapter.shared()));
            text(sha, chapter.currentUrl());
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            text(sha, "m" + sorted.size());
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                text(sha, e.getKey());
                addChild(sha, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            text(sha, "l" + list.size());
            for (Object item : list) {
                addChild(sha, item);
            }
        } else {
            // strings, numbers, booleans, dates: their class and text say all there is
            text(sha, typeName(value));
            text(sha, value.toString());
        }
    }

    /** The class of a leaf value; the common ones by a short tag, as they are in every map. */
    private static String typeName(Object value) {
        return value instanceof String ? "s" : value instanceof Boolean ? "b" : value instanceof Integer ? "i"
                : value.getClass().getName();
    }

    private void addChild(MessageDigest sha, Object value) {
        if (value instanceof Map || value instanceof List) {
            // 16 of the child's 32 digest bytes: a sidebar lists thousands of children per page
            sha.update(digest(value), 0, 16);
        } else {
            add(sha, value);
        }
    }

    private static void text(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(b);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Shared parts by identity: equal maps of different pages are still different objects. */
    static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

}
