package cairn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a long list of problems comes down to, so that an author sees where to start: how
 * many of each code, and the missing pages and images that most links point at (with the
 * hint when every link to it got the same one). {@code build} and {@code check} print it
 * after more than {@link #THRESHOLD} problems; {@code check --format json} always has it.
 * Ties are sorted by name, so the overview is as deterministic as the list.
 */
public record ProblemOverview(int problems, Map<String, Integer> byCode, List<MissingTarget> missing) {

    /** More problems than this and the text output ends with the overview. */
    public static final int THRESHOLD = 20;
    /** How many missing targets the text shows. */
    public static final int SHOWN = 10;

    /** A target that does not exist, how many links point at it, and the hint they all got (or {@code null}). */
    public record MissingTarget(String target, int links, String suggestion) {
    }

    public ProblemOverview {
        byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
        missing = List.copyOf(missing);
    }

    public static ProblemOverview of(List<Diagnostic> problems) {
        Map<String, Integer> codes = new TreeMap<>();
        Map<String, Integer> links = new TreeMap<>();
        Map<String, String> hints = new HashMap<>();
        Map<String, Boolean> agreed = new HashMap<>();
        for (Diagnostic d : problems) {
            codes.merge(d.code(), 1, Integer::sum);
            if ((d.code().equals("broken-link") || d.code().equals("broken-image")) && d.target() != null) {
                String target = d.target().strip().replaceFirst("[#?].*$", "");
                if (links.merge(target, 1, Integer::sum) == 1) {
                    hints.put(target, d.suggestion());
                    agreed.put(target, true);
                } else if (!java.util.Objects.equals(hints.get(target), d.suggestion())) {
                    agreed.put(target, false);
                }
            }
        }
        Map<String, Integer> byCode = new LinkedHashMap<>();
        codes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> byCode.put(e.getKey(), e.getValue()));
        List<MissingTarget> missing = new ArrayList<>();
        links.forEach((t, n) -> missing.add(new MissingTarget(t, n, agreed.get(t) ? hints.get(t) : null)));
        missing.sort(Comparator.comparingInt(MissingTarget::links).reversed().thenComparing(MissingTarget::target));
        return new ProblemOverview(problems.size(), byCode, missing);
    }

    /** Whether the list is long enough for text output to end with the overview. */
    public boolean worthShowing() {
        return problems > THRESHOLD;
    }

    /**
     * The overview as lines of text: counts by code, then the {@link #SHOWN} most-linked
     * missing targets and what share of the broken links fixing them would remove.
     */
    public String text() {
        StringBuilder b = new StringBuilder("Overview of " + problems + " problems:\n");
        int codeWidth = byCode.keySet().stream().mapToInt(String::length).max().orElse(0);
        byCode.forEach((code, n) -> b.append(String.format(Locale.ROOT, "  %-" + codeWidth + "s %6d%n", code, n)));
        List<MissingTarget> top = missing.subList(0, Math.min(SHOWN, missing.size()));
        if (!top.isEmpty()) {
            int all = missing.stream().mapToInt(MissingTarget::links).sum();
            int fixed = top.stream().mapToInt(MissingTarget::links).sum();
            b.append(String.format(Locale.ROOT, "Most-linked missing targets (%d of %d; fixing them fixes %d of %d"
                    + " broken links and images, %d %%):%n", top.size(), missing.size(), fixed, all, fixed * 100 / all));
            int width = top.stream().mapToInt(m -> m.target().length()).max().orElse(0);
            for (MissingTarget m : top) {
                b.append(String.format(Locale.ROOT, "  %-" + width + "s %5d %s", m.target(), m.links(),
                        m.links() == 1 ? "link" : "links"));
                if (m.suggestion() != null) {
                    b.append("  (did you mean \"").append(m.suggestion()).append("\"?)");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
