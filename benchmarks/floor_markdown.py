"""Python-Markdown alone over every article of a plain MkDocs project, in one process.

    cd BASELINE && python benchmarks/floor_markdown.py

Any build of these articles with MkDocs runs at least this: each body through Python-Markdown
with the `markdown_extensions` of the project's mkdocs.yml (`bench.py` runs it in the baseline's
folder: MkDocs' own toc, tables and fenced_code, no smarty), one converter reset between
articles. No front matter check, no page, no template, no file written. `bench.py` takes its CPU
time as part of the floor: the least a build of these articles can spend.
"""

from __future__ import annotations

import os
import sys
import time

import markdown
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data


def main() -> int:
    config = load_config("mkdocs.yml")
    md = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    started = time.process_time()
    count = 0
    for folder, _, names in os.walk(os.path.join(config.docs_dir, "articles")):
        for name in names:
            if name.endswith(".md"):
                with open(os.path.join(folder, name), encoding="utf-8") as fh:
                    body, _ = get_data(fh.read())
                md.reset().convert(body)
                count += 1
    print(f"converted {count} articles in {time.process_time() - started:.1f} CPU seconds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
