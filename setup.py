"""Build hook: with MARSAD_COMPILE=1, mypyc compiles the claim-extraction path to C.

The same source runs either way; `make bench` and `make test-compiled` build the compiled variant
(mypy, which ships mypyc, must then be installed in the build environment: see the Makefile).
A plain install (`pip install .`, `make test`) is pure Python.
"""
import os
import tomllib

from setuptools import setup

# The modules compiled: segmentation and claim extraction, the path `benchmarks/throughput.py`
# times as "claim extraction". They are the files `[tool.mypy]` in pyproject.toml lists, which must
# type-check (`make typecheck`, part of `make test`).
with open("pyproject.toml", "rb") as f:
    COMPILED = tomllib.load(f)["tool"]["mypy"]["files"]

ext_modules = []
if os.environ.get("MARSAD_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
