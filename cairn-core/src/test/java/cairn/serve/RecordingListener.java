package cairn.serve;

import cairn.Diagnostic;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the server reports, for assertions. */
final class RecordingListener implements ServeListener {

    final List<Build> builds = new CopyOnWriteArrayList<>();
    final List<List<Diagnostic>> failures = new CopyOnWriteArrayList<>();
    final List<RuntimeException> internal = new CopyOnWriteArrayList<>();
    final List<Boolean> stillServing = new CopyOnWriteArrayList<>();
    final List<List<Diagnostic>> pageFailures = new CopyOnWriteArrayList<>();

    @Override
    public void built(Build build) {
        builds.add(build);
    }

    @Override
    public void failed(List<Diagnostic> diagnostics) {
        failures.add(diagnostics);
    }

    @Override
    public void failed(List<Diagnostic> diagnostics, boolean served) {
        stillServing.add(served);
        failed(diagnostics);
    }

    @Override
    public void pageFailed(List<Diagnostic> diagnostics) {
        pageFailures.add(diagnostics);
    }

    @Override
    public void internalError(RuntimeException e) {
        internal.add(e);
    }
}
