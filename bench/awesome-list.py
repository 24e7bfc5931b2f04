#!/usr/bin/env python3
"""Writes a synthetic curated list ("awesome list") for bench/awesome.sh: by default about
1,200 lines with 600 entries in 40 categories under 8 chapter headings, with a Contents
list, sub-lists and the usual About sections. Deterministic (no randomness)."""
import sys

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "README.md"
    entries = int(sys.argv[2]) if len(sys.argv) > 2 else 600
    groups, per_group = 8, 5
    cats = groups * per_group
    per_cat = max(1, entries // cats)
    words = ["fast", "small", "typed", "portable", "plain", "modular", "quiet", "careful", "open", "tiny"]
    lines = ["# Awesome Benchmark", "", "> A generated list for measuring one-file builds.", "",
             "A list of things, made up for the benchmark. Each entry is one line.", "", "## Contents", ""]
    for g in range(groups):
        lines.append(f"- [Group {g + 1}](#group-{g + 1})")
        for c in range(per_group):
            lines.append(f"  - [Category {g + 1}.{c + 1}](#category-{g + 1}{c + 1})")
    lines += ["- [Contributing](#contributing)", "- [License](#license)", ""]
    n = 0
    for g in range(groups):
        lines += [f"## Group {g + 1}", "", f"Things of group {g + 1}, in {per_group} categories.", ""]
        for c in range(per_group):
            lines += [f"### Category {g + 1}.{c + 1}", "", f"Tools for job {g + 1}.{c + 1}.", ""]
            for e in range(per_cat):
                n += 1
                w = words[n % len(words)]
                name = f"Project {n:04d}"
                if e % 10 == 9:
                    lines.append(f"  - [{name}](https://example{n % 97}.org/p/{n}) - A {w} companion of the one above.")
                else:
                    lines.append(f"- [{name}](https://github.com/org{n % 89}/project-{n}) - A {w} tool for job {g + 1}.{c + 1}, number {n}.")
                if e % 2 == 1:
                    lines.append("")
            lines.append("")
    lines += ["## Contributing", "", "Pull requests welcome.", "", "## License", "", "CC0.", ""]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"{out}: {len(lines)} lines, {n} entries, {cats} categories", file=sys.stderr)

main()
