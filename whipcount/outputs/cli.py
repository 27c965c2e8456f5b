"""The ``whipcount`` command: a few lines per command over the library. Library errors become one clean line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..errors import E_BAD_DATE, QueryError, WhipcountError
from ..records import Stance

DEFAULT_DB = "whipcount.db"


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WhipcountError as e:
            click.echo(f"whipcount: error {e.code}: {e}", err=True)
            sys.exit(1)


def _date(value: str | None, name: str = "--as-of") -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise QueryError(f"{name} {value!r} is not a date (use YYYY-MM-DD)", code=E_BAD_DATE) from e


db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    envvar="WHIPCOUNT_DB",
    show_envvar=True,
    help="The ledger: a SQLite file, or a PostgreSQL database as postgresql://user@host:port/dbname.",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="whipcount")
@click.option(
    "--data",
    "data",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    envvar="WHIPCOUNT_DATA",
    help="A folder of your own data files (bodies/*.json, offices.json, people.json), read after the bundled ones.",
)
@click.pass_context
def main(ctx: click.Context, data: tuple[str, ...]) -> None:
    """whipcount: who backs whom, built from the news."""
    ctx.obj = {"data": tuple(data)}


def _data() -> tuple[str, ...]:
    return tuple(click.get_current_context().find_root().obj["data"])


def _reference() -> Any:
    from ..reference import load_reference

    return load_reference(tuple(Path(d) for d in _data()))


processes_option = click.option(
    "--processes",
    "-j",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Worker processes for extraction (each parses its share of the articles; order is kept).",
)


def _nlp() -> Any:
    from ..nlp import load_pipeline

    return load_pipeline(data=_data())


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--no-extract", is_flag=True, help="Store the articles without extracting stances.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary and the rejected inputs.")
@processes_option
def ingest(paths: tuple[str, ...], db_path: str, no_extract: bool, quiet: bool, processes: int) -> None:
    """Read articles (.txt, .html, .json, .jsonl, folders, feeds, archives), extract their stances and store them.

    Every input gets a line: ingested, duplicate, rejected (with its reason) or skipped.
    """
    from ..ledger import open_ledger
    from ..pipeline import ingest as run
    from ..sources import list_inputs

    total = len(list_inputs(paths))
    show_bar = total >= 20 and sys.stderr.isatty()
    with open_ledger(db_path) as ledger:
        bar = click.progressbar(length=total, label="ingesting", file=sys.stderr) if show_bar else None
        lines = run(
            paths,
            ledger,
            nlp=None if no_extract else _nlp(),
            extract=not no_extract,
            processes=processes,
            on_input=(lambda: bar.update(1)) if bar else None,
        )
        try:
            _report_lines(lines, quiet, ledger.path)
        finally:
            if bar:
                bar.render_finish()


def _report_lines(lines: Iterable[Any], quiet: bool, ledger_name: str) -> None:
    """One line per input as it is stored (ingested, duplicate, rejected, skipped), then a summary on stderr.
    The ledger is named as the ledger shows itself: a PostgreSQL URL without its password."""
    from ..pipeline import Status

    counts = {s: 0 for s in Status}
    stances = 0
    for line in lines:
        counts[line.status] += 1
        stances += line.stances
        if quiet and line.status is not Status.REJECTED:
            continue
        detail = (
            f"{line.article_id} ({line.stances} stances)"
            if line.status is Status.INGESTED
            else f"{line.code}: {line.reason}"
            if line.status is Status.REJECTED
            else line.reason or ""
        )
        click.echo(f"{line.status.value:<10} {line.origin}  {detail}")
    summary = ", ".join(f"{n} {s.value}" for s, n in counts.items())
    click.echo(f"{summary}; {stances} stances stored in {ledger_name}", err=True)


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--interval", default=300, show_default=True, type=click.IntRange(min=10), help="Seconds between polls.")
@click.option("--once", is_flag=True, help="Poll once and stop.")
@db_option
def watch(feeds: tuple[str, ...], interval: int, once: bool, db_path: str) -> None:
    """Poll RSS or Atom FEEDS (URLs or files) and ingest what is new; already stored items are skipped."""
    import time

    from ..ledger import open_ledger
    from ..pipeline import Status
    from ..pipeline import ingest as run

    nlp = _nlp()
    while True:
        new = 0
        with open_ledger(db_path) as ledger:
            for line in run(feeds, ledger, nlp=nlp):
                if line.status in (Status.INGESTED, Status.REJECTED):
                    new += line.status is Status.INGESTED
                    detail = f"{line.stances} stances" if line.status is Status.INGESTED else line.reason
                    click.echo(f"{line.status.value:<10} {line.origin}  {detail}")
        click.echo(f"{new} new articles; next poll in {interval} s" if not once else f"{new} new articles", err=True)
        if once:
            return
        time.sleep(interval)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="How to print the stances (without --output).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    help="Write every article with its stances and claims, and every rejected input, to this Parquet file "
    "(a folder of part files with --engine spark), for `whipcount load`; replaces it.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="Extract here, or on Spark (local mode, or the cluster spark-submit names; needs --output).",
)
@click.option(
    "--partitions", type=click.IntRange(1), help="Spark partitions (default: one per core, more for many inputs)."
)
@processes_option
def extract(
    paths: tuple[str, ...], fmt: str, output: str | None, engine: str, partitions: int | None, processes: int
) -> None:
    """Print the stances in articles, without touching a database (JSONL: one stance a line), or with --output
    write them to a Parquet file that `whipcount load` stores."""
    from ..errors import E_UNSUPPORTED, InputError
    from ..nlp.extract import analyse_many
    from ..records import Article
    from ..sources import read_paths

    if engine == "spark" and not output:
        raise InputError("--engine spark writes a Parquet extract: give --output", code=E_UNSUPPORTED)
    if engine == "spark" and processes > 1:
        raise InputError("--processes is for the local engine; Spark runs a task per core", code=E_UNSUPPORTED)
    if partitions is not None and engine != "spark":
        raise InputError("--partitions is for --engine spark", code=E_UNSUPPORTED)
    if output:
        if engine == "spark":
            from ..engines.spark import extract_spark

            summary = extract_spark(paths, output, data=_data(), partitions=partitions)
        else:
            from ..engines.parquet import extract_to_parquet

            summary = extract_to_parquet(paths, output, _nlp(), processes=processes)
        for r in summary.rejections:
            click.echo(f"rejected   {r.origin}  {r.code}: {r.reason}", err=True)
        click.echo(
            f"{summary.articles} articles ({summary.stances} stances, {summary.claims} claims), "
            f"{summary.rejected} rejected, {summary.skipped} skipped; wrote {summary.output}",
            err=True,
        )
        return

    def articles() -> Iterator[Article]:  # streamed: an archive of any size is never held in memory
        for item in read_paths(paths):
            if isinstance(item, Article):
                yield item
            elif not item.skipped:
                click.echo(f"rejected   {item.origin}  {item.code}: {item.reason}", err=True)

    found: list[Stance] = []
    for _, stances, _claims in analyse_many(articles(), _nlp(), processes=processes, claims=False):
        if fmt == "jsonl":
            for s in stances:
                click.echo(json.dumps(s.to_json(), ensure_ascii=False))
        else:
            found.extend(stances)  # the table is printed whole at the end
    if fmt == "table":
        from .formats import stances_table

        click.echo(stances_table(found))


@main.command()
@click.argument("path", type=click.Path())
@db_option
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary and the rejected rows.")
def load(path: str, db_path: str, quiet: bool) -> None:
    """Store an extract (`whipcount extract --output`, either engine) in the ledger: every article with its
    stances and claims, through the same write path as ingest, with the same line for each."""
    from ..engines.parquet import load_rows
    from ..ledger import open_ledger

    with open_ledger(db_path) as ledger:
        _report_lines(load_rows(path, ledger), quiet, ledger.path)


@main.command()
@click.argument("office")
@click.option("--as-of", "as_of", metavar="DATE", help="The date to count on (YYYY-MM-DD); default today.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out positions whose stance has a lower confidence.",
)
@db_option
def tally(office: str, as_of: str | None, fmt: str, min_confidence: float, db_path: str) -> None:
    """Count the body's members for each candidate for OFFICE, against the body's rule, as of a date."""
    from ..ledger import open_ledger
    from ..tally import tally_from_ledger
    from .formats import tally_json, tally_table

    with open_ledger(db_path) as ledger:
        result = tally_from_ledger(ledger, office, _date(as_of), reference=_reference(), min_confidence=min_confidence)
    if fmt == "json":
        click.echo(json.dumps(tally_json(result), ensure_ascii=False, indent=2))
    else:
        click.echo(tally_table(result))


@main.command()
@click.argument("office")
@click.option("--until", metavar="DATE", help="Replay up to this date (YYYY-MM-DD); default: the last change.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@db_option
def timeline(office: str, until: str | None, fmt: str, db_path: str) -> None:
    """Every change of position for OFFICE, counts on each day something changed, and for each candidate the
    first day the rule was met (rule_met_on) or who is still in the way."""
    from ..ledger import open_ledger
    from ..tally.timeline import timeline as replay
    from .formats import timeline_json, timeline_table

    with open_ledger(db_path) as ledger:
        result = replay(ledger, office, reference=_reference(), until=_date(until, "--until") if until else None)
    if fmt == "json":
        click.echo(json.dumps(timeline_json(result), ensure_ascii=False, indent=2))
    else:
        click.echo(timeline_table(result))


@main.command()
@click.argument("office")
@click.argument("member")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@db_option
def explain(office: str, member: str, fmt: str, db_path: str) -> None:
    """MEMBER's stances on OFFICE over time (MEMBER: an ISO code such as HUN, or a country's name), with every
    source, the conditions attached, and conflicts between sources."""
    from ..ledger import open_ledger
    from .formats import explain_json, explain_table

    reference = _reference()
    name = reference.office(office).name
    code = reference.country_code(member)
    with open_ledger(db_path) as ledger:
        rows = ledger.member_stances(name, code)
        conflicts = ledger.conflicts(name, code)
    if fmt == "json":
        click.echo(json.dumps(explain_json(name, code, rows, conflicts), ensure_ascii=False, indent=2))
    else:
        click.echo(explain_table(name, code, rows, conflicts))


@main.command()
@click.argument("office")
@click.argument("member")
@click.argument("candidate", required=False)
@click.option(
    "--stance",
    type=click.Choice(["support", "oppose", "abstain", "undecided"]),
    help="Set MEMBER's position toward CANDIDATE to this, from --from on.",
)
@click.option("--retract", is_flag=True, help="MEMBER holds no position toward CANDIDATE from --from on.")
@click.option(
    "--ignore-stance",
    "ignore_stance",
    type=int,
    metavar="ID",
    help="Set aside one extracted stance (its id, from `whipcount explain --format json`).",
)
@click.option("--from", "from_", metavar="DATE", help="The date the correction takes effect (YYYY-MM-DD).")
@click.option("--author", required=True, help="Who makes the correction (kept in the audit log).")
@click.option("--note", required=True, help="Why (kept in the audit log).")
@db_option
def correct(
    office: str,
    member: str,
    candidate: str | None,
    stance: str | None,
    retract: bool,
    ignore_stance: int | None,
    from_: str | None,
    author: str,
    note: str,
    db_path: str,
) -> None:
    """Add, override or retract MEMBER's position toward CANDIDATE for OFFICE, with an author and a note.
    Every correction goes into the audit log; extraction never overwrites one."""
    from ..errors import E_FIELD, InputError
    from ..ledger import open_ledger
    from ..records import StanceType

    reference = _reference()
    name = reference.office(office).name
    code = reference.country_code(member)
    chosen = [x for x in (stance is not None, retract, ignore_stance is not None) if x]
    if len(chosen) != 1:
        raise InputError("say one of --stance, --retract or --ignore-stance", code=E_FIELD)
    if ignore_stance is None and not candidate:
        raise InputError("name the CANDIDATE the correction is about", code=E_FIELD)
    action = "set" if stance else "retract" if retract else "ignore"
    day = _date(from_, "--from") if from_ else None
    with open_ledger(db_path) as ledger:
        correction_id = ledger.correct(
            action=action,
            office=name,
            candidate=candidate or "",
            member=code,
            stance=StanceType(stance) if stance else None,
            day=day,
            stance_id=ignore_stance,
            author=author,
            note=note,
        )
    click.echo(f"correction {correction_id} recorded: {action} {code} {candidate or ''} {stance or ''}".rstrip())


@main.command()
@click.argument("office")
@click.option("--candidate", "candidates", multiple=True, required=True, help="A candidate (repeat for more).")
@click.option("--opens", metavar="DATE", help="The race's first day (YYYY-MM-DD).")
@click.option("--closes", metavar="DATE", help="The race's last day (YYYY-MM-DD).")
@click.option("--author", required=True, help="Who declares the race (kept in the audit log).")
@click.option("--note", default="", help="Why, or where the list of candidates comes from.")
@db_option
def race(
    office: str,
    candidates: tuple[str, ...],
    opens: str | None,
    closes: str | None,
    author: str,
    note: str,
    db_path: str,
) -> None:
    """Declare a race for OFFICE and its candidates by hand (candidacy stances in articles add more)."""
    from ..ledger import open_ledger

    name = _reference().office(office).name
    with open_ledger(db_path) as ledger:
        race_id = ledger.declare_race(
            name,
            list(candidates),
            author=author,
            note=note,
            opens=_date(opens, "--opens") if opens else None,
            closes=_date(closes, "--closes") if closes else None,
        )
    click.echo(f"race {race_id} declared for {name}: {', '.join(candidates)}")


@main.command()
@click.argument("what", type=click.Choice(["stances", "positions", "articles"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "parquet"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of the screen.")
@db_option
def export(what: str, fmt: str, output: str | None, db_path: str) -> None:
    """Export the ledger's stances, positions or articles as CSV, JSON or Parquet."""
    from ..ledger import open_ledger
    from .export import export_rows, write_export

    with open_ledger(db_path) as ledger:
        rows = list(export_rows(ledger, what))
    text = write_export(rows, fmt, Path(output) if output else None)
    if text is not None:
        click.echo(text, nl=False)
    else:
        click.echo(f"wrote {len(rows)} {what} to {output}", err=True)


@main.command()
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (only this machine by default)."
)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--token", envvar="WHIPCOUNT_TOKEN", help="Allow corrections from the browser to whoever gives this token."
)
def serve(db_path: str, host: str, port: int, token: str | None) -> None:
    """Serve the web dashboard and its JSON API (read-only) over the ledger."""
    from .web import serve as run

    if not Path(db_path).exists():
        from ..errors import E_LEDGER_OPEN, LedgerError

        raise LedgerError(f"no ledger at {db_path}; ingest articles first (whipcount ingest ...)", code=E_LEDGER_OPEN)
    run(db_path, host=host, port=port, token=token)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@db_option
def audit(fmt: str, db_path: str) -> None:
    """The audit log: every correction and declared race, with its author and note."""
    from ..ledger import open_ledger

    with open_ledger(db_path) as ledger:
        log = ledger.audit_log()
    if fmt == "json":
        click.echo(json.dumps(log, ensure_ascii=False, indent=2))
        return
    for e in log:
        what = " ".join(str(e.get(k)) for k in ("office", "member", "candidate", "stance", "date") if e.get(k))
        click.echo(f"{e['at']}  {e['author']:<16} {e['action']:<13} {what}  — {e.get('note', '')}")


@main.command()
@click.argument("office")
@click.option("-o", "--output", default="whipcount-report.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--as-of", "as_of", metavar="DATE", help="The date to count on (YYYY-MM-DD); default today.")
@db_option
def report(office: str, output: str, as_of: str | None, db_path: str) -> None:
    """Write a self-contained HTML report of the whip count for OFFICE."""
    from ..ledger import open_ledger
    from ..tally import tally_from_ledger
    from .report import write_report

    with open_ledger(db_path) as ledger:
        result = tally_from_ledger(ledger, office, _date(as_of), reference=_reference())
        path = write_report(result, output, ledger, reference=_reference())
    click.echo(f"wrote {path}")


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--corpus",
    "corpora",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="Where the articles are; default: the folder named like the gold file, beside its folder "
    "(corpus/gold/news.jsonl → corpus/news).",
)
@click.option(
    "--split",
    type=click.Choice(["all", "dev", "test"]),
    default="all",
    show_default=True,
    help="Score only the articles in the corpus's dev/ or test/ folder.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(gold: tuple[str, ...], corpora: tuple[str, ...], split: str, fmt: str) -> None:
    """Score extraction against GOLD stances: precision, recall and F1 overall and per stance, field accuracy
    on matched stances, and every miss and false positive with its evidence."""
    from ..evaluation import evaluate_corpus, format_evaluation

    result, n_articles = evaluate_corpus([Path(g) for g in gold], [Path(c) for c in corpora], split=split, nlp=_nlp())
    if fmt == "json":
        click.echo(json.dumps({"articles": n_articles, **result.to_json()}, ensure_ascii=False, indent=2))
    else:
        click.echo(format_evaluation(result, n_articles))


@main.command()
def offices() -> None:
    """List the offices whipcount knows, with their body and decision rule."""
    ref = _reference()
    for office in sorted(ref.offices.values(), key=lambda o: o.name):
        body = ref.bodies.get(office.body)
        rule = body.rule.registry_name if body else "(no body data yet: extraction only)"
        click.echo(f"{office.name:<40} {office.body:<6} {rule}")


if __name__ == "__main__":  # pragma: no cover
    main()
