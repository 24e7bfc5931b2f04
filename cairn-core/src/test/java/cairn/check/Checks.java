package cairn.check;

import cairn.Diagnostic;
import cairn.TestSite;
import cairn.cli.SiteCheck;
import cairn.pipeline.BuildOptions;

import java.util.List;

/** Runs {@code cairn check} on a test site and shows its problems as the text report does. */
final class Checks {

    private Checks() {
    }

    static CheckReport check(TestSite site) {
        return check(site, LinkChecker.Options.internal());
    }

    static CheckReport check(TestSite site, LinkChecker.Options options) {
        return SiteCheck.run(BuildOptions.of(site.root(), site.output()), options, LinkChecker.Progress.NONE);
    }

    /** {@code error: content/a.md:3:7: message} for each problem with one of {@code codes} (all when none given). */
    static List<String> lines(CheckReport report, String... codes) {
        List<String> wanted = List.of(codes);
        return report.problems().stream().filter(d -> wanted.isEmpty() || wanted.contains(d.code()))
                .map(Diagnostic::toString).toList();
    }
}
