#!/usr/bin/env python3
"""Makes a guide of real content for benchmarks: ../shared/corpus/fsp-sample (64 topic pages
and 12 posts of Full Stack Python, with their images) copied COPIES times (default 10).

Usage: make-fsp-corpus.py OUT_DIR [COPIES] [SAMPLE_DIR]

Copy 0 is the sample as it is; copy k > 0 gets its own chapters (numbered after the previous
copy's: 01-introduction becomes 04-introduction-2, ...), slugs and file names with "-k+1"
appended, sortorders moved to the new chapter numbers, and every site-relative link to a page
or post of the sample (/django.html, /blog/x.html#part, href="/x.html") rewritten to the same
copy's page, so links resolve within each copy and see-also boxes have real neighbours. Links
to pages the sample does not have stay as they were (broken in the sample too: build with
--no-strict-links). Images are shared: static/ is copied once.
"""
import os
import re
import shutil
import sys

CHAPTER = re.compile(r"^(\d+)-(.+)$")
SLUG = re.compile(r"^slug:\s*(\S+)\s*$", re.M)
SORTORDER = re.compile(r"^(sortorder:\s*[\"']?)(\d\d)(\d*)", re.M)


def sources(root):
    for dirpath, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith((".md", ".markdown")):
                yield os.path.join(dirpath, name)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    copies = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    here = os.path.dirname(os.path.abspath(__file__))
    sample = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "..", "..", "shared", "corpus", "fsp-sample")
    content = os.path.join(sample, "content")
    slugs = set()
    for path in sources(content):
        with open(path, encoding="utf-8") as f:
            m = SLUG.search(f.read())
        if m:
            slugs.add(m.group(1))
    link = re.compile(r"(\]\(|href=\")(/(?:[\w-]+/)*)(" + "|".join(map(re.escape, sorted(slugs, key=len, reverse=True)))
                      + r")\.html([#\)\"])")
    chapters = sorted(d for d in os.listdir(os.path.join(content, "pages")) if CHAPTER.match(d))
    numbered = len(chapters)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    shutil.copytree(os.path.join(sample, "static"), os.path.join(out, "static"), copy_function=shutil.copyfile)
    for dirpath, _, _ in os.walk(os.path.join(out, "static")):
        os.chmod(dirpath, 0o755)  # the shared sample is read-only; the copy must be removable
    files = 0
    for k in range(copies):
        suffix = "" if k == 0 else "-%d" % (k + 1)
        for path in sources(content):
            rel = os.path.relpath(path, content)
            parts = rel.split(os.sep)
            renumber = {}
            if parts[0] == "pages" and len(parts) > 2:
                m = CHAPTER.match(parts[1])
                if m:
                    number = int(m.group(1)) + k * numbered
                    renumber[m.group(1)] = "%02d" % number
                    parts[1] = "%02d-%s%s" % (number, m.group(2), suffix)
                else:
                    parts[1] += suffix
            stem, ext = os.path.splitext(parts[-1])
            parts[-1] = stem + suffix + ext
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if suffix:
                text = SLUG.sub(lambda m: "slug: " + m.group(1) + suffix, text, count=1)
                text = SORTORDER.sub(lambda m: m.group(1) + renumber.get(m.group(2), m.group(2)) + m.group(3), text,
                                     count=1)
                text = link.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + suffix + ".html" + m.group(4), text)
            target = os.path.join(out, "content", *parts)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            files += 1
    print("%s: %d Markdown files (%d copies of %s), static/ once" % (out, files, copies, sample))


if __name__ == "__main__":
    main()
