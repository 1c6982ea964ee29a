"""`python tests/stage_reads.py ARGS…`: run `python -m pipeline ARGS…` in this process and
print, as JSON, the files of the package the command read: the modules it imported and the
data files it opened (a module's source read as data, as the cache version does, is not an
import and is left out)."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path


def main(args: list[str]) -> None:
    opened: set[str] = set()

    def audit(event, arguments):
        if event == "open" and arguments and isinstance(arguments[0], str):
            opened.add(arguments[0])

    sys.addaudithook(audit)
    sys.argv = ["pipeline", *args]
    try:
        runpy.run_module("pipeline", run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    import pipeline

    package = Path(pipeline.__file__).resolve().parent
    files = {
        Path(module.__file__).resolve()
        for module in list(sys.modules.values())
        if getattr(module, "__file__", None)
    }
    files |= {Path(p).resolve() for p in opened if not p.endswith((".py", ".pyc"))}
    read = sorted(
        f.relative_to(package.parent).as_posix()
        for f in files
        if package in f.parents and "__pycache__" not in f.parts and f.is_file()
    )
    print(json.dumps({"exit": code, "read": read}))


if __name__ == "__main__":
    main(sys.argv[1:])
