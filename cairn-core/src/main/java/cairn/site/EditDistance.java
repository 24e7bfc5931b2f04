package cairn.site;

/** Levenshtein distance with an early exit once it exceeds a bound. */
public final class EditDistance {

    private EditDistance() {
    }

    /** The edit distance of {@code a} and {@code b}, or {@code bound + 1} when it is larger than {@code bound}. */
    public static int between(String a, String b, int bound) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], bound + 1);
    }
}
