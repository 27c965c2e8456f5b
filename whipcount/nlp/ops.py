"""A faster matrix kernel for the pipeline's models.

thinc's ``NumpyOps`` multiplies matrices with blis. Where blis has no kernel for the CPU it falls back to a
generic one (on this project's machines, AMD EPYC with AVX-512, that path is 4-5 times slower than NumPy's own
BLAS). ``MatmulOps`` is ``NumpyOps`` with ``gemm`` done by ``numpy.matmul``: everything else (the parser's
state loop, maxout, hashing) is thinc's. Sums in another order can differ in the last bits of a float, so
``tests/test_ops.py`` holds it to the same tags, parses and entities as the default kernel on every gold corpus,
and ``bench/run.py`` measures it.

NumPy's BLAS is set to one thread when the kernel is installed: the models' matrices are small, so threads cost
more than they give (and they fight over the cores when the machine is busy), and whipcount runs in parallel
with worker processes instead (``--processes``). This is process-wide, like any BLAS setting.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


class MatmulOps(NumpyOps):
    name = "whipcount_matmul"

    def gemm(
        self, x: Any, y: Any, out: Any | None = None, trans1: bool = False, trans2: bool = False
    ) -> Any:  # thinc's own signature, untyped there
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.ascontiguousarray(numpy.matmul(a, b), dtype="float32")
        numpy.matmul(a, b, out=out)
        return out


def use_matmul_ops(nlp: Language) -> Language:
    """Give every model in ``nlp`` the NumPy matrix kernel (in place; other pipelines keep theirs)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = MatmulOps()
    for _name, component in nlp.pipeline:
        model: Any = getattr(component, "model", None)
        if model is None:  # rule-based components (the attribute ruler, ours) have no model
            continue
        for node in model.walk():
            node.ops = ops
    return nlp


__all__ = ["MatmulOps", "use_matmul_ops"]
