"""The evaluation gate: pinned accuracy floors that only rise.

``python -m whipcount.gate`` scores every gold set named in ``corpus/gold/floors.json`` and fails when a figure
falls below its floor, or when a corpus changed since its floors were pinned (its SHA-256 over the gold file and
the articles no longer matches). ``--update`` re-pins the hashes and raises the floors to today's figures; it
refuses to lower a floor unless ``--allow-lower`` is given as well.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from .evaluation import Evaluation, default_corpus, evaluate_corpus

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "corpus" / "gold" / "floors.json"
METRICS = ("f1", "precision", "recall", "actor_country", "day_dates_exact")


def corpus_hash(gold: Path, corpus: Path, split: str) -> str:
    digest = hashlib.sha256(gold.read_bytes())
    root = corpus / split if split != "all" else corpus
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def figures(result: Evaluation) -> dict[str, float]:
    return {
        "f1": result.overall.f1,
        "precision": result.overall.precision,
        "recall": result.overall.recall,
        "actor_country": result.field_accuracy["actor_country"],
        "day_dates_exact": result.day_dates_exact,
    }


def run(
    update: bool = False,
    allow_lower: bool = False,
    floors_path: Path = FLOORS,
    nlp: Any = None,
    report: Path | None = None,
) -> list[str]:
    """Check (or re-pin) every set; returns the problems found (empty: the gate passes). With ``report``, also
    write the figures as a Markdown page (docs/accuracy.md)."""
    spec = json.loads(floors_path.read_text(encoding="utf-8"))
    problems: list[str] = []
    sections: list[str] = []
    for name, entry in spec["sets"].items():
        gold = ROOT / entry["gold"]
        corpus = ROOT / entry["corpus"] if entry.get("corpus") else default_corpus(gold)
        split = entry.get("split", "all")
        data = [ROOT / d for d in entry.get("data", [])]
        model = nlp
        if data:
            from .nlp import load_pipeline

            model = load_pipeline(data=tuple(str(d) for d in data))
        result, n_articles = evaluate_corpus([gold], [corpus], split=split, nlp=model)
        now = figures(result)
        sections.append(_section(name, entry, result, n_articles))
        digest = corpus_hash(gold, corpus, split)
        floors = entry.setdefault("floors", {})
        summary = ", ".join(f"{k} {now[k]:.3f}" for k in METRICS)
        if update:
            lowered = [k for k in METRICS if k in floors and now[k] < floors[k] - 1e-9]
            if lowered and not allow_lower:
                problems.append(f"{name}: refusing to lower {', '.join(lowered)} ({summary}); use --allow-lower")
                continue
            entry["floors"] = {k: round(now[k] - 5e-5, 4) for k in METRICS}  # rounded down, so today's run passes
            entry["corpus_sha256"] = digest
            print(f"{name}: pinned {summary}")
            continue
        if entry.get("corpus_sha256") != digest:
            problems.append(
                f"{name}: the corpus or its gold changed since the floors were pinned; run "
                "`python -m whipcount.gate --update` and review the new figures"
            )
        for k in METRICS:
            if k in floors and now[k] < floors[k] - 1e-9:
                problems.append(f"{name}: {k} {now[k]:.4f} is below its floor {floors[k]:.4f}")
        print(f"{name}: {summary}")
    if update and not problems:
        floors_path.write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    if report is not None:
        report.write_text(_REPORT_HEAD + "\n".join(sections), encoding="utf-8")
    return problems


_REPORT_HEAD = """# Accuracy

Written by `python -m whipcount.gate --report docs/accuracy.md` (`make accuracy`), from the same run as the
evaluation gate; every figure comes from `whipcount evaluate` on the gold sets pinned in `corpus/gold/floors.json`.

- **demo**: the founding article and the demo corpus (written for the demo in plain reported speech).
- **news-dev**: the development split of the evaluation corpus (`corpus/news/dev`), articles written by the project in
  the styles of wire copy, analysis, live blogs, interviews, press releases and translated English, on the NATO
  Secretary General races of 2009, 2014 and 2024, the WTO Director-General race of 2020-21 and the 2024 reappointment,
  the UN Secretary-General selections of 2016 and 2026, the EU top jobs of 2019 and 2024, and fictional bodies.
  One hundred and four later batches (`rw-`/`gx-`, `hx-`/`px-`, `kx-`/`mx-`, `qx-`/`zx-`, `vx-`/`yx-`, `ux-`/`wx-`,
  `jx-`/`lx-`, `nx-`/`ox-`, `sx-`/`tx-`, `ex-`/`fx-`, `ax-`/`bx-`, `cx-`/`dx-`, `ix-`/`rx-`, `ay-`/`by-`, `cy-`/`dy-`,
  `ey-`/`fy-`, `gy-`/`hy-`, `iy-`/`jy-`, `ky-`/`ly-`, `my-`/`ny-`, `oy-`/`py-`, `qy-`/`ry-`, `sy-`/`ty-`, `uy-`/`vy-`,
  `wy-`/`xy-`, `yy-`/`zy-`, `az-`/`bz-`, `cz-`/`dz-`, `ez-`/`fz-`, `gz-`/`hz-`, `iz-`/`jz-`, `kz-`/`lz-`, `mz-`/`nz-`,
  `oz-`/`pz-`, `qz-`/`rz-`, `sz-`/`tz-`, `uz-`/`vz-`, `wz-`/`xz-`, `yz-`/`zz-`, `aw-`/`bw-`, `cw-`/`dw-`, `ew-`/`fw-`,
  `gw-`/`hw-`, `iw-`/`jw-`, `kw-`/`lw-`, `mw-`/`nw-`, `ow-`/`pw-`, `qw-`/`sw-`, `tw-`/`uw-`, `vw-`/`xw-`, `yw-`/`zw-`,
  `av-`/`bv-`, `cv-`/`dv-`, `ev-`/`fv-`, `gv-`/`hv-`, `iv-`/`jv-`, `kv-`/`lv-`, `mv-`/`nv-`, `ov-`/`pv-`, `qv-`/`rv-`,
  `sv-`/`tv-`, `uv-`/`wv-`, `xv-`/`yv-`, `zv-`/`au-`, `bu-`/`cu-`, `du-`/`eu-`, `fu-`/`gu-`, `hu-`/`iu-`, `ju-`/`ku-`,
  `lu-`/`mu-`, `nu-`/`ou-`, `pu-`/`qu-`, `ru-`/`su-`, `tu-`/`uu-`, `wu-`/`xu-`, `yu-`/`zu-`, `at-`/`bt-`, `ct-`/`dt-`,
  `et-`/`ft-`, `gt-`/`ht-`, `it-`/`jt-`, `kt-`/`lt-`, `mt-`/`nt-`, `ot-`/`pt-`, `qt-`/`rt-`, `st-`/`ut-`, `vt-`/`wt-`,
  `xt-`/`yt-`, `zt-`/`aq-`, `bq-`/`cq-`, `dq-`/`eq-`, `fq-`/`gq-`, `hq-`/`iq-`, `jq-`/`kq-`, `lq-`/`mq-`, `nq-`/`oq-`,
  `pq-`/`rq-`, `sq-`/`tq-`, `uq-`/`vq-`, `wq-`/`xq-`, `yq-`/`zq-`, `ar-`/`br-`, `cr-`/`dr-`, `er-`/`fr-`), written by
  writers who had not seen the extractor, are closer to real outlets (datelines, bylines, captions, long paragraphs
  mostly of background, appositions, agency wires and briefs, call readouts, transcripts, corrections, factboxes,
  press reviews, members' own national outlets, newsletters, parliamentary reports, scraped pages with their residue,
  state agencies' English services, summit-day round-ups, opinion and analysis, timelines, stories told across many
  dates, quotes attributed every way, government releases, second-hand reports, long reads, outlets outside Europe and
  North America, short items) and add NATO 2009 and 2014, the WTO 2013, the UN 2006, the EU top jobs of 2014, the OSCE
  and more fictional bodies (sixteen in all, `corpus/news/data/bodies`). The extractor was developed against this
  split.
- **news-test**: the test split (`corpus/news/test`), kept apart: never looked at article by article while
  developing, only scored.

The best estimate of accuracy on news the extractor has never seen is the first score of each later batch, taken
by the code as it stood before any change was made for that batch (the development figures below are higher
because the extractor was then improved on those articles):

| batch (8 articles each; `ax-` 12) | precision | recall | F1 |
|---|---|---|---|
| `kx-` (long stories, mostly background) | 0.903 | 0.727 | 0.806 |
| `mx-` (press release, explainer, interview, African and Asian outlets) | 0.852 | 0.630 | 0.724 |
| `zx-` (regional outlets, correction, communiqué, column) | 0.768 | 0.726 | 0.746 |
| `qx-` (agency wire, call readout, TV transcript; scored after the `zx-` changes) | 0.933 | 0.800 | 0.862 |
| `vx-` (outlets imitated stage by stage of a race) | 0.787 | 0.725 | 0.755 |
| `yx-` (the same, other stages) | 0.844 | 0.730 | 0.783 |
| `ux-` (factbox, broadcaster, business daily, magazine, column) | 0.932 | 0.887 | 0.909 |
| `wx-` (press review, podcast, Q&A, long read, fact-check) | 0.787 | 0.787 | 0.787 |
| `jx-` (NATO 2024 in members' own English-language outlets) | 0.916 | 0.938 | 0.927 |
| `lx-` (newsletter, live page, factbox, correction, column, press release, parliament)¹ | 0.913 | 0.618 | 0.737 |
| `nx-` (scraped pages with their residue; NATO 2009-2024, OSCE 2020, WTO 2013)¹ | 0.822 | 0.536 | 0.649 |
| `ox-` (state agencies' and broadcasters' English services around the world)¹ | 0.778 | 0.528 | 0.629 |
| `sx-` (summit days: many leaders' doorstep remarks, round-ups, timelines)¹ | 0.931 | 0.667 | 0.777 |
| `tx-` (analysis and opinion, few stance sentences)¹ | 0.903 | 0.903 | 0.903 |
| `ex-` (plain mainstream international news: wires, broadsheets, broadcasters) | 0.943 | 0.943 | 0.943 |
| `fx-` (candidates' home outlets: Nigerian, Korean, Kenyan, Portuguese, Bulgarian, Romanian) | 0.912 | 0.620 | 0.738 |
| `ax-` (short stories dense with stances, one outlet style each, many not plain support) | 0.870 | 0.750 | 0.805 |
| `bx-` (when stances were taken: recaps, timelines, stories weeks after the events) | 0.871 | 0.740 | 0.800 |
| `cx-` (long stories, stances sparse and buried in the ordinary prose of news) | 0.887 | 0.786 | 0.833 |
| `dx-` (members' own English-language outlets: the home government's stance over time) | 0.891 | 0.817 | 0.852 |
| `ix-` (the races covered least: EU 2014, WTO 2013, UN 2006, NATO 2009) | 0.844 | 0.731 | 0.784 |
| `rx-` (stances carried by quotes: dash and colon attributions, transcripts, Q&A) | 0.881 | 0.894 | 0.887 |
| `ay-` (agency briefs, alerts, tickers, bullets, a radio bulletin; 120-300 words) | 1.000 | 0.926 | 0.962 |
| `by-` (mostly not plain support: undecided, abstaining, conditions, changes of position) | 0.831 | 0.818 | 0.824 |
| `cy-` (state agencies' English services again, as `ox-`) | 0.953 | 0.820 | 0.882 |
| `dy-` (scraped pages with heavy residue again, as `nx-`) | 0.750 | 0.849 | 0.796 |
| `ey-` (live pages: timestamped entries, corrections, summaries restating the day) | 0.960 | 0.914 | 0.937 |
| `fy-` (the EU top jobs of 2019 from many angles) | 0.925 | 0.787 | 0.851 |
| `gy-` (support said in many different words, beside look-alike sentences that state none) | 0.932 | 0.788 | 0.854 |
| `hy-` (states that have not decided or that hedge, with abstentions and conditions) | 0.956 | 0.774 | 0.855 |
| `iy-` (dense syntax: several positions a sentence, in clauses, dashes and gaps) | 0.849 | 0.556 | 0.672 |
| `jy-` (members' own outlets naming their leaders by title alone: "the Prime Minister") | 0.898 | 0.698 | 0.786 |
| `ky-` (day-after reaction stories, past positions and their dates woven into the prose) | 0.949 | 0.966 | 0.957 |
| `ly-` (previews: stances said beside guesses that are none) | 0.900 | 0.857 | 0.878 |
| `my-` (public broadcasters: bulletins, transcripts, spoken-style stances) | 0.941 | 0.750 | 0.835 |
| `ny-` (the formal record: communiqués, conclusions, question time, notes verbales) | 0.902 | 0.673 | 0.771 |
| `oy-` (anaphora: a state named once, then "it", "both governments", "the holdout") | 0.939 | 0.719 | 0.814 |
| `py-` (contested races: states split between rivals, "prefers X to Y", "switched to X") | 0.887 | 0.816 | 0.850 |
| `qy-` (who speaks for the state: officials of every rank beside opposition and former ones) | 0.900 | 0.667 | 0.766 |
| `ry-` (what the holdouts want: conditions, demands, conditions met or refused) | 0.875 | 0.961 | 0.916 |
| `sy-` (plain mainstream news of the day: wire, broadsheets, a public broadcaster) | 0.979 | 0.959 | 0.969 |
| `ty-` (positions relayed second or third hand, denials, unnamed sources) | 0.912 | 0.852 | 0.881 |
| `uy-` (plain mainstream news of the day again, other races and dates) | 0.823 | 0.797 | 0.810 |
| `vy-` (noisy pages: misspelt names and stance words, lower-case states, HTML entities) | 0.971 | 0.756 | 0.850 |
| `wy-` (plain mainstream news of the day, a third set, 300-450 words) | 1.000 | 0.980 | 0.990 |
| `xy-` (members' own outlets on their governments' stance on Rutte, as the founding article) | 0.974 | 0.776 | 0.864 |
| `yy-` (plain mainstream news of the day, a fourth set: EU 2024, UN 2016, WTO 2021) | 0.814 | 0.921 | 0.864 |
| `zy-` (analysis and features: background and argument, stances in passing) | 0.922 | 0.922 | 0.922 |
| `az-` (members that have not made up their minds: "has not declared a preference") | 0.947 | 0.684 | 0.794 |
| `bz-` (plain mainstream news of the day, a fifth set: NATO 2024, WTO 2020, UN 2006, EU 2019) | 0.886 | 0.765 | 0.821 |
| `cz-` (state news agencies' translated English: "informed that", "expressed its support to") | 0.900 | 0.750 | 0.818 |
| `dz-` (live blogs and summit-day tickers: timestamped entries, corrections, rumours) | 0.892 | 0.967 | 0.928 |
| `ez-` (interviews and Q&As: envoys stating their government's stance in the first person) | 0.902 | 0.804 | 0.851 |
| `fz-` (explainers and country-by-country roundups: NATO 2009/2014, WTO 2013, EU 2014) | 0.961 | 0.925 | 0.942 |
| `gz-` (nested and second-hand attribution, and negation of every form) | 0.952 | 0.922 | 0.937 |
| `hz-` (plain mainstream news, a sixth set: NATO 2014, UN 2006, WTO 2013, EU 2014) | 0.974 | 0.949 | 0.961 |
| `iz-` (fictional bodies: new 2027 races in four bodies of the reference data) | 0.934 | 0.855 | 0.893 |
| `jz-` (noisy pages again: misspelt names and stance words, entities, broken lines) | 0.975 | 0.830 | 0.897 |
| `kz-` (modality and hypotheticals: "would back" beside "is expected to endorse") | 0.933 | 0.955 | 0.944 |
| `lz-` (groups and aggregates: the Visegrád Four, the Nordics, "the four biggest allies") | 1.000 | 0.688 | 0.815 |
| `mz-` (plain mainstream news, a seventh set: NATO 2024, WTO 2020, UN 2016, EU 2019) | 0.884 | 0.809 | 0.844 |
| `nz-` (pronouns, titles alone and metonyms across sentences) | 0.804 | 0.685 | 0.740 |
| `oz-` (plain news on the days a holdout moved or a body decided) | 0.962 | 0.893 | 0.926 |
| `pz-` (members' own national outlets on their government's stance) | 1.000 | 0.828 | 0.906 |
| `qz-` (abstentions, "will not block" and indecision beside outright stances) | 0.894 | 0.792 | 0.840 |
| `rz-` ("where they stand" lists and tables told in prose, member by member) | 0.970 | 0.719 | 0.826 |
| `sz-` (plain mainstream news, a ninth set: the early weeks of each race) | 0.979 | 1.000 | 0.989 |
| `tz-` (short items: flashes, bulletins, briefs, a caption with a paragraph) | 1.000 | 0.952 | 0.976 |
| `uz-` (plain mainstream news, a tenth set: NATO 2024, WTO 2020, UN 2016, EU 2019) | 0.878 | 0.818 | 0.847 |
| `vz-` (analysis and opinion columns: the writer's argument, stances along the way) | 0.976 | 0.976 | 0.976 |
| `wz-` (plain mainstream news, an eleventh set: moments less written about) | 0.956 | 0.765 | 0.850 |
| `xz-` (members' own national outlets in English on their government's stance) | 0.968 | 0.871 | 0.917 |
| `yz-` (the many words for "backs" and "has not decided") | 0.950 | 0.814 | 0.877 |
| `zz-` (government press releases, communiqués, joint statements, transcripts) | 0.939 | 0.939 | 0.939 |
| `aw-` (plain mainstream news, a twelfth set) | 0.911 | 0.729 | 0.810 |
| `bw-` (second-hand reports: other outlets, unnamed sources, denials) | 0.981 | 0.945 | 0.963 |
| `cw-` (long reads and newsletters with items on other news) | 0.949 | 0.852 | 0.898 |
| `dw-` (the candidates' side: campaigns, claimed backers, concessions) | 1.000 | 0.877 | 0.934 |
| `ew-` (plain mainstream news, a thirteenth set) | 0.750 | 0.871 | 0.806 |
| `fw-` (plain news told across several days: round-ups, weeks in review) | 0.934 | 0.959 | 0.947 |
| `gw-` (plain mainstream news, a fourteenth set: the days a race moved) | 0.908 | 0.720 | 0.803 |
| `hw-` (plain news from outlets in Africa, Asia, Latin America, the Gulf) | 0.930 | 0.971 | 0.950 |
| `iw-` (plain mainstream news, a sixteenth set) | 0.853 | 0.795 | 0.823 |
| `jw-` (the holdouts and the undecided) | 0.964 | 0.635 | 0.766 |
| `kw-` (short items of 150-350 words) | 0.983 | 0.908 | 0.944 |
| `lw-` (a member's national newspaper in English) | 0.965 | 0.922 | 0.943 |
| `mw-` (plain mainstream news, an eighteenth set) | 0.954 | 0.886 | 0.919 |
| `nw-` (officials by title, governments by capital) | 0.923 | 0.900 | 0.911 |
| `ow-` (plain mainstream news, a nineteenth set) | 0.865 | 0.810 | 0.837 |
| `pw-` (conditions, hedges and expectations) | 0.986 | 0.932 | 0.958 |
| `qw-` (plain mainstream news, a twentieth set) | 0.954 | 0.912 | 0.932 |
| `sw-` (backing told as possession and membership) | 0.982 | 0.775 | 0.866 |
| `tw-` (plain mainstream news, a twenty-first set) | 0.929 | 0.844 | 0.884 |
| `uw-` (more words for backing and objecting) | 0.927 | 0.708 | 0.803 |
| `vw-` (plain mainstream news, a twenty-second set) | 0.950 | 0.905 | 0.927 |
| `xw-` (stances told in numbers and lists) | 0.878 | 0.581 | 0.699 |
| `yw-` (plain mainstream news, a twenty-third set) | 0.971 | 0.918 | 0.944 |
| `zw-` (the undecided and the hedging) | 0.932 | 0.714 | 0.809 |
| `av-` (regional English-language outlets, another set) | 0.918 | 0.812 | 0.862 |
| `bv-` (analysis and explainers with long background) | 0.957 | 1.000 | 0.978 |
| `cv-` (plain mainstream news, a twenty-fourth set) | 0.958 | 1.000 | 0.978 |
| `dv-` (plain mainstream news, a twenty-fifth set) | 0.938 | 0.938 | 0.938 |
| `ev-` (the holdouts and what they want) | 0.928 | 0.901 | 0.914 |
| `fv-` (rough copy, a third set) | 0.962 | 0.781 | 0.862 |
| `gv-` (plain mainstream news, a twenty-sixth set) | 0.960 | 0.923 | 0.941 |
| `hv-` (interviews and question-and-answer pieces) | 0.963 | 0.800 | 0.874 |
| `iv-` (stances told as votes and ballots) | 0.986 | 0.830 | 0.901 |
| `jv-` (switches, reversals and withdrawals) | 0.940 | 0.808 | 0.869 |
| `kv-` (plain mainstream news, a twenty-seventh set) | 0.911 | 0.785 | 0.843 |
| `lv-` (broadsheet news, a twenty-eighth set) | 0.909 | 0.909 | 0.909 |
| `mv-` (statements from governments and ministries) | 0.960 | 0.787 | 0.865 |
| `nv-` (summit-day round-ups of many members) | 0.986 | 0.816 | 0.893 |
| `ov-` (plain mainstream news, a twenty-ninth set) | 0.899 | 0.873 | 0.886 |
| `pv-` (the undecided and the hedging, a third set) | 0.918 | 0.682 | 0.783 |
| `qv-` (members' English-language outlets, a third set) | 0.973 | 0.936 | 0.954 |
| `rv-` (live blogs and rolling coverage) | 0.747 | 0.889 | 0.812 |
| `sv-` (plain mainstream news, a thirtieth set) | 0.955 | 0.877 | 0.914 |
| `tv-` (interviews and question-and-answer pieces, a second set) | 0.887 | 0.746 | 0.810 |
| `uv-` (rough copy, a fourth set) | 0.909 | 0.769 | 0.833 |
| `wv-` (statements from governments and ministries, a second set) | 0.913 | 0.797 | 0.851 |
| `xv-` (plain mainstream news, a thirty-first set) | 0.922 | 0.908 | 0.915 |
| `yv-` (interviews and question-and-answer pieces, a third set) | 0.869 | 0.883 | 0.876 |
| `zv-` (the holdouts and what they want, a second set) | 0.941 | 0.889 | 0.914 |
| `au-` (analysis, explainers and previews) | 0.932 | 0.850 | 0.889 |
| `bu-` (plain mainstream news, a thirty-second set) | 0.932 | 0.873 | 0.902 |
| `cu-` (summit-day round-ups of many members, a second set) | 1.000 | 0.805 | 0.892 |
| `du-` (switches, reversals and withdrawals, a second set) | 0.934 | 0.934 | 0.934 |
| `eu-` (the undecided and the hedging, a fourth set) | 0.948 | 0.873 | 0.909 |
| `fu-` (plain mainstream news, a thirty-third set) | 0.904 | 0.930 | 0.917 |
| `gu-` (interviews and question-and-answer pieces, a fourth set) | 0.809 | 0.655 | 0.724 |
| `hu-` (rough copy, a fifth set) | 0.984 | 0.925 | 0.954 |
| `iu-` (members' English-language outlets, a fourth set) | 0.979 | 0.825 | 0.895 |
| `ju-` (plain mainstream news, a thirty-fourth set) | 0.969 | 0.913 | 0.940 |
| `ku-` (interviews and question-and-answer pieces, a fifth set) | 0.852 | 0.730 | 0.786 |
| `lu-` (statements from governments and ministries, a third set) | 0.943 | 0.781 | 0.855 |
| `mu-` (stances told as votes and ballots, a second set) | 0.639 | 0.768 | 0.697 |
| `nu-` (plain mainstream news, a thirty-fifth set) | 0.618 | 0.887 | 0.728 |
| `ou-` (the undecided and the hedging, a fifth set) | 0.947 | 0.806 | 0.871 |
| `pu-` (second-hand reports, citing outlets and unnamed sources, a second set) | 0.633 | 0.954 | 0.761 |
| `qu-` (plain news with conditions, hedges and expectations, a second set) | 0.716 | 0.961 | 0.820 |
| `ru-` (plain mainstream news, a thirty-sixth set) | 0.944 | 0.971 | 0.958 |
| `su-` (interviews and question-and-answer pieces, a sixth set) | 0.908 | 0.881 | 0.894 |
| `tu-` (live blogs and rolling coverage, a second set) | 0.926 | 0.938 | 0.932 |
| `uu-` (analysis, explainers and previews, a second set) | 0.932 | 0.859 | 0.894 |
| `wu-` (plain mainstream news, a thirty-seventh set) | 0.903 | 0.929 | 0.915 |
| `xu-` (members' English-language outlets, a fifth set) | 0.897 | 0.762 | 0.824 |
| `yu-` (rough copy, a sixth set) | 0.970 | 0.903 | 0.935 |
| `zu-` (stances told as votes and ballots, a third set) | 0.969 | 0.954 | 0.961 |
| `at-` (plain mainstream news, a thirty-eighth set) | 0.935 | 0.923 | 0.929 |
| `bt-` (interviews and question-and-answer pieces, a seventh set) | 0.934 | 0.781 | 0.851 |
| `ct-` (statements from governments and ministries, a fourth set) | 0.929 | 0.722 | 0.813 |
| `dt-` (the holdouts and what they want, a third set) | 0.974 | 0.938 | 0.956 |
| `et-` (plain mainstream news, a thirty-ninth set) | 0.969 | 0.939 | 0.954 |
| `ft-` (the many words for backing, a third set) | 0.934 | 0.750 | 0.832 |
| `gt-` (the undecided and the hedging, a sixth set) | 0.930 | 0.825 | 0.874 |
| `ht-` (summit-day round-ups of many members, a third set) | 0.987 | 0.851 | 0.914 |
| `it-` (interviews and question-and-answer pieces, an eighth set) | 0.947 | 0.934 | 0.940 |
| `jt-` (members' English-language outlets, a sixth set) | 0.929 | 0.793 | 0.855 |
| `kt-` (switches, reversals and withdrawals, a third set) | 0.929 | 0.804 | 0.862 |
| `lt-` (plain mainstream news, a fortieth set) | 0.915 | 1.000 | 0.955 |
| `mt-` (statements from governments and ministries, a fifth set) | 0.820 | 0.651 | 0.726 |
| `nt-` (analysis, explainers and previews, a third set) | 0.877 | 0.648 | 0.745 |
| `ot-` (plain mainstream news, a forty-first set) | 0.967 | 0.879 | 0.921 |
| `pt-` (the undecided and the hedging, a seventh set) | 0.962 | 0.676 | 0.794 |
| `qt-` (second-hand reports, citing outlets and unnamed sources, a third set) | 0.910 | 0.924 | 0.917 |
| `rt-` (live blogs and rolling coverage, a third set) | 0.944 | 0.924 | 0.934 |
| `st-` (rough copy, a seventh set) | 0.964 | 0.707 | 0.815 |
| `ut-` (stances told as votes and ballots, a fourth set) | 0.914 | 0.841 | 0.876 |
| `vt-` (plain mainstream news, a forty-second set) | 0.938 | 0.800 | 0.863 |
| `wt-` (members' English-language outlets, a seventh set) | 0.919 | 0.932 | 0.925 |
| `xt-` (statements from governments and ministries, a sixth set) | 1.000 | 0.902 | 0.948 |
| `yt-` (the holdouts and what they want, a fourth set) | 0.966 | 0.934 | 0.950 |
| `zt-` (plain mainstream news, a forty-third set) | 0.863 | 0.887 | 0.875 |
| `aq-` (the many words for backing, a fourth set) | 1.000 | 0.783 | 0.878 |
| `bq-` (the undecided and the hedging, an eighth set) | 0.984 | 0.836 | 0.904 |
| `cq-` (analysis, explainers and previews, a fourth set) | 0.971 | 0.829 | 0.895 |
| `dq-` (statements from governments and ministries, a seventh set) | 0.964 | 0.815 | 0.883 |
| `eq-` (the undecided and the hedging, a ninth set) | 0.937 | 0.797 | 0.861 |
| `fq-` (plain mainstream news, a forty-fourth set) | 0.942 | 0.942 | 0.942 |
| `gq-` (members' English-language outlets, an eighth set) | 0.909 | 0.886 | 0.897 |
| `hq-` (interviews and question-and-answer pieces, a ninth set) | 0.918 | 0.827 | 0.870 |
| `iq-` (rough copy, an eighth set) | 0.896 | 0.662 | 0.761 |
| `jq-` (summit-day round-ups of many members, a fourth set) | 0.964 | 0.871 | 0.915 |
| `kq-` (switches, reversals and withdrawals, a fourth set) | 0.909 | 0.800 | 0.851 |
| `lq-` (plain mainstream news, a forty-fifth set) | 0.938 | 0.833 | 0.882 |
| `mq-` (second-hand reports, a fourth set) | 0.952 | 0.968 | 0.960 |
| `nq-` (live blogs and rolling coverage, a fourth set) | 1.000 | 0.878 | 0.935 |
| `oq-` (the many words for backing, a fifth set) | 0.938 | 0.750 | 0.833 |
| `pq-` (groups and aggregate claims) | 0.983 | 0.763 | 0.859 |
| `rq-` (metonyms, titles and pronouns) | 0.973 | 0.936 | 0.954 |
| `sq-` (negation, modality and conditions) | 0.951 | 0.921 | 0.935 |
| `tq-` (nested attribution and awkward quoting) | 0.959 | 0.910 | 0.934 |
| `uq-` (plain mainstream news, a forty-sixth set) | 0.894 | 0.967 | 0.929 |
| `vq-` (statements from governments and ministries, an eighth set) | 1.000 | 0.833 | 0.909 |
| `wq-` (the undecided and the hedging, a tenth set) | 0.862 | 0.510 | 0.641 |
| `xq-` (background, history and speculation) | 0.974 | 0.961 | 0.967 |
| `yq-` (plain mainstream news, a forty-seventh set) | 0.852 | 0.730 | 0.786 |
| `zq-` (the undecided and the hedging, an eleventh set) | 0.976 | 0.612 | 0.752 |
| `ar-` (interviews and question-and-answer pieces, a tenth set) | 0.984 | 0.969 | 0.977 |
| `br-` (statements from governments and ministries, a ninth set) | 0.885 | 0.857 | 0.871 |
| `cr-` (plain mainstream news, a forty-eighth set) | 0.947 | 0.871 | 0.908 |
| `dr-` (second-hand reports, a fifth set) | 0.982 | 0.900 | 0.939 |
| `er-` (switches, reversals and withdrawals, a fifth set) | 1.000 | 0.814 | 0.897 |
| `fr-` (the holdouts and what they want, a fifth set) | 0.910 | 0.824 | 0.865 |

¹ Scored before the batch's new fictional body (and for `nx-`, the OSCE's posts) was in the reference data. With
the data added and no code change, the batches scored: `lx-` precision 0.914, recall 0.779, F1 0.841; `nx-`
0.788, 0.754, 0.770; `ox-` 0.804, 0.774, 0.788; `sx-` 0.921, 0.864, 0.892; `tx-` unchanged.

Matching is on (article, actor country, stance, target's surname); where a side names no country, on the actor's
surname. "day dates exact" is the share of gold stances with a day-precise date that were found with that date
(misses count as wrong). Confidence bands show how often stances in each band are right.

"""


def _section(name: str, entry: dict[str, Any], result: Evaluation, n_articles: int) -> str:
    o = result.overall
    lines = [
        f"## {name}",
        "",
        f"{n_articles} articles, {o.true_positives + o.false_negatives} gold stances, "
        f"{o.true_positives + o.false_positives} extracted (split: {entry.get('split', 'all')}).",
        "",
        "| | precision | recall | F1 |",
        "|---|---|---|---|",
        f"| overall | {o.precision:.3f} | {o.recall:.3f} | {o.f1:.3f} |",
    ]
    for stance, sc in result.by_stance.items():
        lines.append(f"| {stance} | {sc.precision:.3f} | {sc.recall:.3f} | {sc.f1:.3f} |")
    lines += [
        "",
        "On matched stances: "
        + ", ".join(f"{k} {v:.3f}" for k, v in result.field_accuracy.items())
        + f"; day dates exact {result.day_dates_exact:.3f}.",
        "",
        "Confidence: "
        + "; ".join(f"{band}: {n} stances, {p:.3f} right" for band, (n, p) in result.calibration.items())
        + ".",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m whipcount.gate", description=__doc__)
    parser.add_argument("--update", action="store_true", help="re-pin hashes and raise floors to today's figures")
    parser.add_argument("--allow-lower", action="store_true", help="with --update: allow a floor to go down")
    parser.add_argument("--report", type=Path, help="also write the figures as Markdown to this file")
    args = parser.parse_args(argv)
    problems = run(update=args.update, allow_lower=args.allow_lower, report=args.report)
    for p in problems:
        print(f"gate: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
