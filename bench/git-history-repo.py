#!/usr/bin/env python3
"""Makes a git repository the size of Full Stack Python's for bench/git-history.sh:
FILES content files in 10 chapters, COMMITS commits (each edits 1-3 files, adds a link
now and then; 1 in 60 renames a file), fixed dates, written with git fast-import in seconds.
Usage: git-history-repo.py DIR [FILES] [COMMITS]"""
import os, random, subprocess, sys

def main():
    target = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 800
    commits = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
    rnd = random.Random(15)
    os.makedirs(target, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", target], check=True)
    paths = [f"content/pages/{i % 10:02d}-chapter/{i:04d}-page-{i}.md" for i in range(files)]
    bodies = {}
    out = []
    t = 1_500_000_000
    mark = 0

    def blob(text):
        nonlocal mark
        mark += 1
        data = text.encode()
        out.append(b"blob\nmark :%d\ndata %d\n" % (mark, len(data)) + data + b"\n")
        return mark

    def commit(msg, ops):
        nonlocal t
        t += 3600 + rnd.randint(0, 7200)
        m = msg.encode()
        head = b"commit refs/heads/main\ncommitter Bench <b@example.org> %d +0000\ndata %d\n%s\n" % (t, len(m), m)
        out.append(head + b"".join(ops))

    # first commit: a tenth of the pages; the rest arrive over time
    first = []
    for p in paths[: files // 10]:
        bodies[p] = page(p, rnd)
        first.append(b"M 100644 :%d %s\n" % (blob(bodies[p]), p.encode()))
    commit("start", first)
    pending = paths[files // 10:]
    for n in range(commits - 1):
        ops = []
        if pending and rnd.random() < len(pending) / (commits - n):
            p = pending.pop(0)
            bodies[p] = page(p, rnd)
            ops.append(b"M 100644 :%d %s\n" % (blob(bodies[p]), p.encode()))
        elif n % 60 == 59:
            old = rnd.choice(sorted(bodies))
            new = old.replace(".md", "-renamed.md")
            if new not in bodies:
                bodies[new] = bodies.pop(old)
                ops.append(b"R %s %s\n" % (old.encode(), new.encode()))
        if not ops:
            for p in rnd.sample(sorted(bodies), rnd.randint(1, 3)):
                bodies[p] += f"* [Resource {n}](https://example{n % 97}.org/{n}) is worth reading.\n"
                ops.append(b"M 100644 :%d %s\n" % (blob(bodies[p]), p.encode()))
        commit(f"change {n}", ops)
    subprocess.run(["git", "-C", target, "fast-import", "--quiet"], input=b"".join(out), check=True)
    subprocess.run(["git", "-C", target, "checkout", "-q", "-f", "main"], check=True)

def page(path, rnd):
    slug = os.path.basename(path)[5:-3]
    links = "".join(f"* [Link {i}](https://site{rnd.randint(0, 400)}.example.com/{slug}/{i}) explains it.\n"
                    for i in range(rnd.randint(3, 12)))
    return f"---\ntitle: {slug}\nmeta: About {slug}.\n---\n\nSome text about {slug}.\n\n## Resources\n\n{links}"

if __name__ == "__main__":
    main()
