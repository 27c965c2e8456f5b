"""The NumPy matrix kernel gives the same annotations as thinc's default one, on every gold corpus."""

from __future__ import annotations

import pytest
import spacy
from thinc.api import NumpyOps

from whipcount.nlp.extract import MODELS
from whipcount.nlp.ops import MatmulOps, use_matmul_ops
from whipcount.records import Article
from whipcount.sources import read_paths

from .conftest import CORPUS, ROOT

pytestmark = pytest.mark.model


def _annotations(doc):
    return [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.lemma_, t.is_sent_start) for t in doc]


def _plain():
    return next(spacy.load(m) for m in MODELS if spacy.util.is_package(m))


def test_matmul_ops_give_the_same_annotations_on_the_gold_corpora():
    default, fast = _plain(), use_matmul_ops(_plain())
    assert {type(node.ops) for _, p in default.pipeline if getattr(p, "model", None) for node in p.model.walk()} == {
        NumpyOps
    }
    assert {type(node.ops) for _, p in fast.pipeline if getattr(p, "model", None) for node in p.model.walk()} == {
        MatmulOps
    }
    texts = [a.text for a in read_paths([CORPUS, ROOT / "corpus" / "news"]) if isinstance(a, Article)]
    assert len(texts) > 100
    for a, b in zip(default.pipe(texts), fast.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b), a.text[:60]


def test_matmul_gemm_matches_numpy_ops_with_transposes():
    import numpy

    rng = numpy.random.default_rng(1)
    x = rng.random((5, 3), dtype="float32")
    y = rng.random((4, 3), dtype="float32")
    fast, slow = MatmulOps(), NumpyOps()
    numpy.testing.assert_allclose(fast.gemm(x, y, trans2=True), slow.gemm(x, y, trans2=True), rtol=1e-5)
    numpy.testing.assert_allclose(fast.gemm(x.T.copy(), y, trans1=True, trans2=True), x @ y.T, rtol=1e-5)
    out = numpy.zeros((5, 4), dtype="float32")
    assert fast.gemm(x, y, out=out, trans2=True) is out
    assert out.dtype == numpy.float32 and fast.gemm(x, y, trans2=True).flags["C_CONTIGUOUS"]


def test_the_pipeline_uses_one_blas_thread(nlp):
    from threadpoolctl import threadpool_info

    assert {info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"} == {1}
