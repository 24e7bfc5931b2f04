package cairn.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A resource guide of {@code n} topic pages made up in memory, shaped like the pages of
 * {@code ../shared/bench/gen_corpus.py} (the corpus {@code bench/run.sh} builds), so a
 * stage measured here does the same kind of work as in the side-by-side builds:
 * {@code key: value} front matter, an intro with an external link, a raw-HTML see-also
 * box naming another page, two to four sections of prose holding two to nine links to
 * other pages, 10–30 external resources as a list, a code block on about a third of the
 * pages and a table on a fifth, 400–1,500 words. Eight chapters, by {@code sortorder}.
 * The same {@code n} always gives the same text; every internal link resolves.
 */
public final class SyntheticGuide {

    private static final String[] TECH = {"Redis", "PostgreSQL", "MySQL", "SQLite", "MongoDB", "Cassandra", "Neo4j",
        "Django", "Flask", "Pyramid", "Bottle", "Falcon", "Sanic", "Tornado", "Celery", "Docker", "Kubernetes",
        "Nginx", "Gunicorn", "uWSGI", "Ansible", "Terraform", "Jenkins", "GitHub", "GitLab", "Sentry", "Prometheus",
        "Grafana", "Elasticsearch", "Kafka", "RabbitMQ", "Pandas", "NumPy", "SciPy", "Jupyter", "Bokeh",
        "Matplotlib", "SQLAlchemy", "Peewee", "Jinja", "Pytest", "Tox", "Mypy", "Pylint", "Heroku", "Serverless",
        "Twilio", "Slack", "Stripe", "Selenium"};
    private static final String[] CONCEPTS = {"Caching", "Deployment", "Testing", "Monitoring", "Logging",
        "Migrations", "Templates", "Task Queues", "WebSockets", "Configuration", "Security", "Authentication",
        "Static Files", "Containers", "Networking", "Scaling", "Profiling", "Debugging", "Packaging",
        "Documentation", "Data Visualization", "Serialization", "APIs", "Form Handling", "Sessions", "Search",
        "Streaming", "Scheduling", "Load Balancing", "Backups", "Replication", "Sharding", "Indexing",
        "Continuous Integration", "Code Review", "Error Handling", "Dependency Management", "Virtual Environments",
        "Type Checking", "Linting"};
    private static final String[] SUFFIXES = {"", "Patterns", "Tools", "Internals", "Best Practices", "Performance",
        "Recipes", "Pitfalls", "Case Studies", "Tutorials"};
    private static final String[] CHAPTERS = {"Introduction", "Development Environments", "Data", "Web Development",
        "Web App Deployment", "DevOps", "Testing and Quality", "Meta"};
    private static final String[] SENTENCES = {
        "{T} is a {adj} approach to {c} that many teams rely on when building {what}.",
        "{tech} makes {c} easier by providing sensible defaults out of the box.",
        "Developers often combine {tech} with {tech2} to handle {c} in {where}.",
        "A common mistake is to treat {c} as an afterthought instead of planning for it from the start.",
        "Most teams start with the defaults and only tune {c} once traffic grows.",
        "There are several {adj} libraries for {c}, and {tech} is one of the most popular options.",
        "When response times start to creep up, it is worth measuring before changing how {c} works.",
        "Install it with `pip install {mod}` and start with the smallest configuration that works.",
        "**Note:** {tech} changes quickly, so check the release notes before upgrading {where}.",
        "In {where}, {c} is usually handled by a dedicated _{adj}_ service."};
    private static final String[] INTERNAL = {"See [{T2}](/{s2}.html) for how this fits into the rest of the stack.",
        "This pairs well with [{T2}](/{s2}.html) once the data set no longer fits in memory.",
        "If you are new to the topic, read about [{T2}](/{s2}.html) first."};
    private static final String[] ADJ = {"lightweight", "mature", "popular", "flexible", "battle-tested",
        "well-documented", "extensible", "pragmatic", "reliable", "modern"};
    private static final String[] WHAT = {"web applications", "APIs", "data pipelines", "internal tools",
        "command line programs", "microservices"};
    private static final String[] WHERE = {"production deployments", "Python web applications",
        "continuous integration pipelines", "local development environments"};
    private static final String[] DOMAINS = {"realpython.com", "testdriven.io/blog", "jvns.ca/blog",
        "lwn.net/Articles", "martinfowler.com/articles", "www.infoq.com/presentations"};

    /** One page: its path under the site root, slug, title and whole file text. */
    public record PageText(String path, String slug, String title, String text) {
    }

    private final List<PageText> pages;

    private SyntheticGuide(List<PageText> pages) {
        this.pages = List.copyOf(pages);
    }

    public static SyntheticGuide of(int n) {
        Random rng = new Random(20_000L + n);
        List<String> titles = new ArrayList<>();
        for (int round = 0; titles.size() < n && round < SUFFIXES.length; round++) {
            List<String> batch = new ArrayList<>();
            for (String tech : TECH) {
                for (String concept : CONCEPTS) {
                    batch.add((tech + " " + concept + " " + SUFFIXES[round]).strip());
                }
            }
            Collections.shuffle(batch, rng);
            titles.addAll(batch);
        }
        if (titles.size() < n) {
            throw new IllegalArgumentException("at most " + titles.size() + " pages");
        }
        titles = titles.subList(0, n);
        int[] perChapter = new int[CHAPTERS.length];
        for (int i = 0; i < n; i++) {
            perChapter[chapterOf(i, n)]++;
        }
        int width = Math.max(2, String.valueOf(java.util.Arrays.stream(perChapter).max().orElse(0)).length());
        int[] inChapter = new int[CHAPTERS.length];
        List<PageText> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String title = titles.get(i);
            String slug = slugify(title);
            int ch = chapterOf(i, n);
            String sortorder = String.format(Locale.ROOT, "%02d%0" + width + "d", ch + 1, ++inChapter[ch]);
            String text = "title: " + title + "\ncategory: page\nslug: " + slug + "\nsortorder: " + sortorder
                    + "\ntoc: False\nsidebartitle: " + title + "\nmeta: " + title + " is a " + pick(rng, ADJ)
                    + " way to handle " + title.toLowerCase(Locale.ROOT) + ". Learn where it fits.\n\n"
                    + body(i, titles, rng);
            out.add(new PageText("content/pages/" + slug + ".markdown", slug, title, text));
        }
        return new SyntheticGuide(out);
    }

    public List<PageText> pages() {
        return pages;
    }

    /** {@code cairn.yaml}: the guide's title and chapter titles. */
    public String config() {
        StringBuilder yaml = new StringBuilder("title: Synthetic guide\nchapters:\n");
        for (int c = 0; c < CHAPTERS.length; c++) {
            yaml.append(String.format(Locale.ROOT, "  - number: \"%02d\"\n    title: %s\n", c + 1, CHAPTERS[c]));
        }
        return yaml.toString();
    }

    /** Writes {@code cairn.yaml} and every page under {@code root}, which is returned. */
    public Path writeTo(Path root) throws IOException {
        Files.writeString(root.resolve("cairn.yaml"), config(), StandardCharsets.UTF_8);
        for (PageText page : pages) {
            Path file = root.resolve(page.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.text(), StandardCharsets.UTF_8);
        }
        return root;
    }

    private static String body(int self, List<String> titles, Random rng) {
        String title = titles.get(self);
        String[] words = title.split(" ");
        String tech = words[0];
        String concept = title.substring(tech.length()).strip();
        Fill fill = new Fill(rng, title, tech, concept.toLowerCase(Locale.ROOT));
        List<StringBuilder> prose = new ArrayList<>();
        prose.add(new StringBuilder("[" + title + "](" + externalUrl(rng, title) + ") is a " + pick(rng, ADJ)
                + " library for " + fill.c + " in " + pick(rng, WHAT) + ". " + fill.sentence()));
        int sections = 2 + rng.nextInt(3);
        String[] headings = {"Why is " + title + " useful?", title + " resources",
            "Comparing " + tech + " with " + pick(rng, TECH), concept + " in production"};
        for (int s = 0; s < sections; s++) {
            prose.add(new StringBuilder(fill.sentence() + " " + fill.sentence()));
        }
        String related = other(self, titles, rng);
        String seeAlso = "<div class=\"well see-also\">" + title + " is an implementation of the <a href=\"/"
                + slugify(related) + ".html\">" + related + "</a> concept.</div>";
        int internal = 2 + rng.nextInt(8);
        for (int k = 0; k < internal; k++) {
            String target = other(self, titles, rng);
            prose.get(rng.nextInt(prose.size())).append(' ').append(pick(rng, INTERNAL)
                    .replace("{T2}", target).replace("{s2}", slugify(target)));
        }
        int target = 400 + rng.nextInt(1100);
        int count = prose.stream().mapToInt(p -> p.toString().split(" ").length).sum();
        List<String> bullets = new ArrayList<>();
        for (int k = 10 + rng.nextInt(21); k > 0; k--) {
            String text = pick(rng, new String[] {"Getting started with ", "A practical guide to ",
                "Lessons learned with ", "Debugging "}) + title;
            bullets.add("* [" + text + "](" + externalUrl(rng, text) + ") explains how to set up " + fill.c
                    + " with " + tech + " step by step.");
            count += 15;
        }
        while (count < target) {
            String s = fill.sentence();
            prose.get(rng.nextInt(prose.size())).append(' ').append(s);
            count += s.split(" ").length;
        }
        String code = rng.nextDouble() < 0.35 ? "```python\nimport " + fill.mod + "\n\n\ndef fetch(key):\n"
                + "    client = " + fill.mod + ".Client(host=\"localhost\", port=" + (1024 + rng.nextInt(8000))
                + ")\n    return client.fetch(key, timeout=" + (1 + rng.nextInt(30)) + ")\n```" : null;
        String table = rng.nextDouble() < 0.2 ? "| Project | Focus | First release |\n| --- | --- | --- |\n| "
                + tech + " | " + concept + " | " + (2005 + rng.nextInt(18)) + " |\n| " + pick(rng, TECH) + " | "
                + pick(rng, CONCEPTS) + " | " + (2005 + rng.nextInt(18)) + " |" : null;
        List<String> blocks = new ArrayList<>(List.of(prose.get(0).toString(), seeAlso));
        for (int s = 0; s < sections; s++) {
            blocks.add("## " + headings[s]);
            blocks.add(prose.get(s + 1).toString());
            if (s == 0 && code != null) {
                blocks.add(code);
            }
            if (s == sections - 1 && table != null) {
                blocks.add(table);
            }
            if (s > 0) {
                List<String> mine = new ArrayList<>();
                for (int b = s - 1; b < bullets.size(); b += sections - 1) {
                    mine.add(bullets.get(b));
                }
                blocks.add(String.join("\n", mine));
            }
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static int chapterOf(int i, int n) {
        return (int) ((long) i * CHAPTERS.length / n);
    }

    private static String other(int self, List<String> titles, Random rng) {
        int k = rng.nextInt(titles.size() - 1);
        return titles.get(k >= self ? k + 1 : k);
    }

    private static String externalUrl(Random rng, String text) {
        return "https://" + pick(rng, DOMAINS) + "/" + slugify(text) + "/";
    }

    static String slugify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String pick(Random rng, String[] from) {
        return from[rng.nextInt(from.length)];
    }

    /** Fills the sentence templates for one page. */
    private static final class Fill {
        private final Random rng;
        private final String title;
        private final String tech;
        private final String c;
        private final String mod;

        Fill(Random rng, String title, String tech, String c) {
            this.rng = rng;
            this.title = title;
            this.tech = tech;
            this.c = c;
            this.mod = tech.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }

        String sentence() {
            return pick(rng, SENTENCES).replace("{T}", title).replace("{tech}", tech).replace("{tech2}", pick(rng, TECH))
                    .replace("{c}", c).replace("{adj}", pick(rng, ADJ)).replace("{what}", pick(rng, WHAT))
                    .replace("{where}", pick(rng, WHERE)).replace("{mod}", mod);
        }
    }
}
