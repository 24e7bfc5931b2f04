package cairn.content;

import cairn.Diagnostic;
import cairn.DiagnosticException;
import cairn.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML mapping into plain values: every scalar stays a {@link String} (so
 * {@code sortorder: 0313} is {@code "0313"}, not YAML 1.1's octal 203, and dates stay as
 * written), sequences become lists and mappings become ordered maps. Records the line of
 * each top-level key so later checks can point at it. Safe by construction: only the
 * node graph is composed, no types are instantiated, and SnakeYAML's limits on aliases,
 * nesting and size apply.
 */
final class YamlReader {

    /** Code points accepted in one YAML document (front matter or cairn.yaml). */
    static final int CODE_POINT_LIMIT = 1 << 20;

    private YamlReader() {
    }

    /** A top-level mapping with the 1-based source line (and column) of each key. */
    /**
     * The values of a document, where each top-level key was written ({@code keyPositions},
     * lower-cased keys) and where each key of a top-level mapping was written
     * ({@code nestedKeyPositions}: section → key as written → position).
     */
    record Document(Map<String, Object> values, Map<String, SourcePos> keyPositions,
                    Map<String, Map<String, SourcePos>> nestedKeyPositions) {

        /** Where {@code section.key} was written; else where {@code section} was; else {@code fallback}. */
        SourcePos positionOf(String section, String key, SourcePos fallback) {
            SourcePos nested = nestedKeyPositions.getOrDefault(section, Map.of()).get(key);
            return nested != null ? nested : keyPositions.getOrDefault(section, fallback);
        }
    }

    /**
     * Reads {@code yaml}, whose first line is line {@code firstLine} of {@code file}.
     * Returns an empty document for empty input.
     */
    static Document read(String yaml, SourceFile file, int firstLine) throws DiagnosticException {
        Node root;
        try {
            root = newYaml().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            if (e.getContext() != null && e.getContext().contains("quoted scalar") && e.getContextMark() != null) {
                // SnakeYAML gives up where the text ends; the mistake is the quote that was opened
                Mark open = e.getContextMark();
                SourcePos start = file.pos(firstLine + open.getLine(), open.getColumn() + 1);
                throw new DiagnosticException(Diagnostic.error("yaml", start, "invalid YAML: quoted value starting at "
                        + start.line() + ":" + start.column() + " is never closed"));
            }
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            boolean atEnd = problem != null && problem.contains("<stream end>");
            // a construct left open is best reported where it was opened, not at the end of the block
            Mark mark = atEnd && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePos pos = mark == null ? file.pos(firstLine, 1)
                    : file.pos(firstLine + mark.getLine(), mark.getColumn() + 1);
            if (atEnd) {
                problem = (e.getContext() != null ? e.getContext() + ": " : "")
                        + problem.replace("<stream end>", "the end of the block");
            }
            throw new DiagnosticException(Diagnostic.error("yaml", pos, "invalid YAML: " + oneLine(problem)));
        } catch (YAMLException e) {
            throw new DiagnosticException(Diagnostic.error("yaml", file.pos(firstLine, 1), "invalid YAML: " + oneLine(e.getMessage())));
        }
        if (root == null) {
            return new Document(Map.of(), Map.of(), Map.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new DiagnosticException(Diagnostic.error("yaml", posOf(root, file, firstLine),
                    "expected a mapping of keys to values, found a " + kind(root)));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        Map<String, Map<String, SourcePos>> nested = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                throw new DiagnosticException(Diagnostic.error("yaml", posOf(keyNode, file, firstLine), "keys must be plain names"));
            }
            String key = scalarKey.getValue().trim().toLowerCase(java.util.Locale.ROOT);
            SourcePos where = posOf(keyNode, file, firstLine);
            if (values.containsKey(key)) {
                throw new DiagnosticException(Diagnostic.error("yaml", where, "duplicate key \"" + key + "\" (first set on line "
                        + positions.get(key).line() + ")"));
            }
            values.put(key, toValue(tuple.getValueNode(), 0));
            positions.put(key, where);
            if (tuple.getValueNode() instanceof MappingNode section) {
                Map<String, SourcePos> keys = new LinkedHashMap<>();
                for (NodeTuple inner : section.getValue()) {
                    if (inner.getKeyNode() instanceof ScalarNode innerKey) {
                        keys.putIfAbsent(innerKey.getValue(), posOf(innerKey, file, firstLine));
                    }
                }
                nested.put(key, keys);
            }
        }
        return new Document(values, positions, nested);
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(CODE_POINT_LIMIT);
        options.setAllowRecursiveKeys(false);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new StringsOnlyResolver());
    }

    private static Object toValue(Node node, int depth) throws DiagnosticException {
        if (node instanceof ScalarNode scalar) {
            String v = scalar.getValue();
            return isNull(scalar) ? null : v;
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                list.add(toValue(item, depth + 1));
            }
            return List.copyOf(list.stream().map(o -> o == null ? "" : o).toList());
        }
        MappingNode map = (MappingNode) node;
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Object key = toValue(t.getKeyNode(), depth + 1);
            out.put(String.valueOf(key), toValue(t.getValueNode(), depth + 1));
        }
        return out;
    }

    private static boolean isNull(ScalarNode scalar) {
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return false;
        }
        String v = scalar.getValue();
        return v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null");
    }

    private static SourcePos posOf(Node node, SourceFile file, int firstLine) {
        Mark m = node.getStartMark();
        return m == null ? file.pos(firstLine, 1) : file.pos(firstLine + m.getLine(), m.getColumn() + 1);
    }

    private static String kind(Node node) {
        return node instanceof SequenceNode ? "list" : node instanceof ScalarNode ? "single value" : "mapping";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** Resolves every plain scalar as a string: types are decided per key by the reader. */
    private static final class StringsOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: no booleans, numbers, dates or merges are guessed from text
        }
    }

}
