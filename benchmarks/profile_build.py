"""cProfile of `briefing build --no-ingest` in an archive folder, with the hot spots printed.

    .venv/bin/python benchmarks/synth.py --n 1000 --out /tmp/synth-1000
    .venv/bin/python benchmarks/profile_build.py /tmp/synth-1000 [--top 40] [--save build.prof]

Pagefind runs as a separate binary, one per year bundle, from worker threads: cProfile sees only
the build's own thread, so Pagefind shows as the time the build waited for it under
`SearchIndexer.finish` (benchmarks/timed_build.py reports the threads' work too). `site/` is
removed first, `.cache/` is kept: delete it as well for a cold build.
(Not named profile.py: that would shadow the standard library module cProfile imports.)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="archive folder (with mkdocs.yml and content/)")
    parser.add_argument("--top", type=int, default=35, help="rows per listing (default 35)")
    parser.add_argument("--save", type=Path, help="also write the raw profile here (for snakeviz etc.)")
    args = parser.parse_args(argv)

    archive = args.archive.resolve()
    save = args.save.resolve() if args.save else None
    os.chdir(archive)
    shutil.rmtree("site", ignore_errors=True)
    from generator.cli import main as briefing

    profiler = cProfile.Profile()
    code = profiler.runcall(briefing, ["build", "--no-ingest"])
    if save:
        profiler.dump_stats(save)
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order)
        stats.print_stats(args.top)
        print(f"\n===== by {order} =====")
        print(out.getvalue().split("\n", 5)[-1] if order == "tottime" else out.getvalue())
    return code


if __name__ == "__main__":
    sys.exit(main())
