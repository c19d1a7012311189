"""Build step: on request, compile the file-name parser (gallery/names) to C with mypyc.

Everything else is in pyproject.toml. The parser is plain Python and runs as such. Compiled, it
reads 1.4–1.5 times as many names a second (``python bench/bench_names.py`` prints both), at
the cost of a C compiler, Python's headers and 4–5 minutes of build on a 2-core machine. The
parser is never what makes indexing slow, so plain Python is the default:

- ``GALLERY_COMPILE=1 pip install .`` compiles it (mypy, which holds mypyc, is then fetched as a
  build requirement);
- an editable install (``pip install -e .``, what the tests use) always keeps the plain modules,
  so an edit to a rule takes effect at once;
- a build that cannot compile (no compiler, no headers, too little memory) installs the plain
  modules and says so: the compiled parser is a speed-up, never a condition.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

COMPILE = os.environ.get("GALLERY_COMPILE", "") not in ("", "0")
EDITABLE = any(arg in ("editable_wheel", "develop") for arg in sys.argv)


def _say(message: str) -> None:
    print(f"gallery: {message}", file=sys.stderr)


class _CompileOrPlain(build_ext):
    """Generate the parser's C with mypyc and build it, here and only here (setup.py is run more
    than once by pip: the type check and the C are made once); if any part fails, build none of
    it (a half-built parser would not import)."""

    def finalize_options(self) -> None:
        # (the metadata pass lists build_ext's sources too: the stand-in's, none, do there)
        if [ext.name for ext in self.distribution.ext_modules or []] == [_REQUESTED.name] \
                and not {"dist_info", "egg_info", "sdist"} & set(sys.argv):
            self.distribution.ext_modules = _mypycify()
        super().finalize_options()

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 (a compiler's failure takes many forms)
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            self.extensions = []
            _say(f"the parser was not compiled ({type(exc).__name__}: {exc}); the plain Python modules are "
                 "installed, slower but reading every name the same")


def _mypycify() -> list[Extension]:
    _say("compiling the file-name parser with mypyc (a few minutes) …")
    try:
        from mypyc.build import mypycify

        return mypycify(["gallery/names"], opt_level="3", debug_level="0")
    except (Exception, SystemExit) as exc:  # no mypy; mypy found a type error (it exits); mypyc failed
        _say(f"the parser was not compiled (mypyc: {exc}); the plain Python modules are installed")
        return []


if COMPILE and EDITABLE:
    _say("GALLERY_COMPILE is ignored in an editable install (its modules must stay the files you edit)")
# a stand-in, replaced by mypyc's extensions when build_ext runs: it makes the wheel one for this platform
_REQUESTED = Extension("gallery.names.__compiled__", sources=[])


setup(
    ext_modules=[_REQUESTED] if COMPILE and not EDITABLE else [],
    cmdclass={"build_ext": _CompileOrPlain},
    # PEP 517's dynamic build requirements: setuptools hands these to pip before the build
    setup_requires=["mypy>=1.11"] if COMPILE and not EDITABLE else [],
)
