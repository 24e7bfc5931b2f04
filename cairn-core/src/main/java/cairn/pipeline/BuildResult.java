package cairn.pipeline;

import cairn.Diagnostic;

import java.util.List;

/** What a successful build did: counts, time, per-stage timings and the warnings it found. */
public record BuildResult(int pages, int posts, int files, long millis, List<StageTime> stages,
                          List<Diagnostic> warnings) {

    public BuildResult {
        stages = List.copyOf(stages);
        warnings = List.copyOf(warnings);
    }

    /** How long one stage of the pipeline took. */
    public record StageTime(String stage, long millis) {
    }
}
