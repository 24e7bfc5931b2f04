package cairn.cli;

import cairn.scaffold.NewContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code cairn new page|post "Title"}: a new content file with its front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a new page (in a chapter, with the next free sortorder) or a dated post. "
                + "Never overwrites a file.")
final class NewCommand implements Callable<Integer> {

    enum Kind { page, post }

    @Parameters(index = "0", paramLabel = "KIND", description = "page or post")
    Kind kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The title, in quotes.")
    String title;

    @Mixin
    SiteSource site;

    @Option(names = "--chapter", paramLabel = "NN[-name]",
            description = "Chapter of a page: 03, or 03-name to start a new chapter directory. Default: the last one.")
    String chapter;

    @Option(names = "--slug", paramLabel = "SLUG", description = "URL name. Default: made from the title.")
    String slug;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of a post. Default: today.")
    LocalDate date;

    @Override
    public Integer call() throws Exception {
        try {
            NewContent.Planned planned = kind == Kind.page
                    ? NewContent.page(site.dir, title, Optional.ofNullable(chapter), Optional.ofNullable(slug))
                    : NewContent.post(site.dir, title, date != null ? date : LocalDate.now(Clock.systemDefaultZone()),
                            Optional.ofNullable(slug));
            NewContent.write(planned);
            site.out().println("Created " + planned.file());
            return ExitCodes.OK;
        } catch (NewContent.Refused e) {
            site.err().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
