from __future__ import annotations

import json
from datetime import date

import pytest

from whipcount.ledger import open_ledger
from whipcount.records import Body, DatePrecision, Member, Position, RuleSpec, Stance, StanceType
from whipcount.reference import load_reference
from whipcount.tally import get_rule, tally, tally_from_ledger
from whipcount.tally.rules import Ballot

from .conftest import OFFICE

S = StanceType


def body(codes: str, rule: str = "consensus", **params: object) -> Body:
    return Body(
        code="TST",
        name="Test body",
        aliases=(),
        rule=RuleSpec(name=rule, params=dict(params)),
        members=tuple(Member(code=c, joined=date(2000, 1, 1)) for c in codes.split()),
    )


def pos(member: str, stance: StanceType, candidate: str = "A B") -> Position:
    return Position(
        office="Post",
        candidate=candidate,
        member=member,
        stance=stance,
        valid_from=date(2024, 1, 1),
        valid_until=None,
        date_precision=DatePrecision.DAY,
        stated_on=date(2024, 1, 1),
        actor=member,
        evidence=f"{member} {stance.value}",
        article="x",
    )


def event(kind: StanceType, name: str, when: date) -> Stance:
    return Stance(
        article="x",
        actor=name,
        actor_country=None,
        stance=kind,
        target=name,
        office="Post",
        date=when,
        date_precision=DatePrecision.DAY,
        evidence="e",
        start_char=0,
        end_char=1,
        confidence=0.9,
    )


def test_consensus_needs_every_member_when_silence_blocks():
    t = tally([pos("AAA", S.SUPPORT), pos("BBB", S.ABSTAIN)], [], body("AAA BBB CCC"), "Post", date(2024, 2, 1))
    (c,) = t.candidates
    assert (c.support, c.abstain, c.silent, c.rule_met, c.blocking) == (("AAA",), ("BBB",), ("CCC",), False, ())
    t = tally(
        [pos("AAA", S.SUPPORT), pos("BBB", S.ABSTAIN), pos("CCC", S.SUPPORT)],
        [],
        body("AAA BBB CCC"),
        "Post",
        date(2024, 2, 1),
    )
    assert t.candidates[0].rule_met  # abstention ("will not block") does not stand in the way


def test_consensus_without_silence_blocking_and_objections():
    b = body("AAA BBB CCC", silence_blocks=False)
    assert tally([pos("AAA", S.SUPPORT)], [], b, "Post", date(2024, 2, 1)).candidates[0].rule_met
    (c,) = tally(
        [pos("AAA", S.SUPPORT), pos("BBB", S.OPPOSE), pos("CCC", S.UNDECIDED)], [], b, "Post", date(2024, 2, 1)
    ).candidates
    assert (c.rule_met, c.blocking) == (False, ("BBB", "CCC"))


def test_unanimity_counts_abstention_as_not_agreeing():
    rule = get_rule(RuleSpec(name="unanimity"))
    assert rule(Ballot({"AAA": S.SUPPORT, "BBB": S.SUPPORT})).met
    outcome = rule(Ballot({"AAA": S.SUPPORT, "BBB": S.ABSTAIN}))
    assert (outcome.met, outcome.blocking) == (False, ("BBB",))


def test_unknown_rule_is_a_clear_data_error():
    from whipcount.errors import DataError

    with pytest.raises(DataError, match=r"unknown decision rule whipcount\.rules\.plurality\.v1"):
        get_rule(RuleSpec(name="plurality"))


def test_backing_only_a_rival_blocks_and_withdrawal_closes_a_candidacy():
    positions = [pos("AAA", S.SUPPORT, "Rutte"), pos("BBB", S.SUPPORT, "Rutte"), pos("CCC", S.SUPPORT, "Iohannis")]
    events = [event(S.CANDIDACY, "Iohannis", date(2024, 3, 12))]
    t = tally(positions, events, body("AAA BBB CCC"), "Post", date(2024, 6, 19))
    rutte = next(c for c in t.candidates if c.name == "Rutte")
    assert rutte.blocking == ("CCC",) and not rutte.rule_met
    events.append(event(S.WITHDRAWAL, "Iohannis", date(2024, 6, 20)))
    t = tally(positions, events, body("AAA BBB CCC"), "Post", date(2024, 6, 20))
    rutte = next(c for c in t.candidates if c.name == "Rutte")
    iohannis = next(c for c in t.candidates if c.name == "Iohannis")
    assert rutte.blocking == () and iohannis.withdrawn_on == date(2024, 6, 20) and not iohannis.rule_met
    assert t.candidates[-1].name == "Iohannis"  # withdrawn candidates come last


def test_members_are_counted_by_their_dates():
    b = Body(
        code="TST",
        name="t",
        aliases=(),
        rule=RuleSpec(name="consensus"),
        members=(Member(code="OLD", joined=date(1949, 8, 24)), Member(code="NEW", joined=date(2024, 3, 7))),
    )
    assert tally([], [], b, "Post", date(2024, 3, 6)).members == ("OLD",)
    assert tally([], [], b, "Post", date(2024, 3, 7)).members == ("NEW", "OLD")


def test_nato_has_32_allies_from_sweden_accession():
    nato = load_reference().bodies["NATO"]
    assert len(nato.members_on(date(2024, 3, 6))) == 31
    assert len(nato.members_on(date(2024, 3, 7))) == 32
    assert len(nato.members_on(date(1949, 8, 24))) == 12


@pytest.mark.model
def test_demo_ledger_walks_the_race_to_32_of_32(demo_ledger):
    with open_ledger(demo_ledger) as ledger:
        final = tally_from_ledger(ledger, OFFICE, date(2024, 6, 26))
        start = tally_from_ledger(ledger, "the alliance's top job", date(2024, 4, 2))
        eve = tally_from_ledger(ledger, OFFICE, date(2024, 6, 19))
    rutte = final.candidates[0]
    assert (rutte.name, len(rutte.support), rutte.rule_met, rutte.silent) == ("Mark Rutte", 32, True, ())
    iohannis = next(c for c in final.candidates if c.name == "Klaus Iohannis")
    assert iohannis.withdrawn_on == date(2024, 6, 20)
    first = next(c for c in start.candidates if c.name == "Mark Rutte")
    assert set(first.support) == {"USA", "GBR", "FRA", "DEU", "EST"}
    assert "HUN" in first.oppose and not first.rule_met and len(first.silent) == 26
    ahead = next(c for c in eve.candidates if c.name == "Mark Rutte")
    assert ahead.blocking == ("ROU",) and len(ahead.support) == 31
    est = next(p for p in first.positions if p.member == "EST")
    assert est.stated_on == date(2024, 4, 2) and est.valid_from == date(2024, 3, 31) and est.sources >= 3
    json.dumps([p.evidence for p in first.positions])


def test_how_many_objections_would_undo_a_met_rule():
    t = tally([pos("AAA", S.SUPPORT), pos("BBB", S.SUPPORT)], [], body("AAA BBB"), "Post", date(2024, 2, 1))
    assert (t.candidates[0].rule_met, t.candidates[0].to_block) == (True, 1)  # consensus: one objection blocks
    b = body("AAA BBB CCC DDD EEE", rule="absolute_majority")
    t = tally([pos(m, S.SUPPORT) for m in ("AAA", "BBB", "CCC", "DDD")], [], b, "Post", date(2024, 2, 1))
    assert (t.candidates[0].rule_met, t.candidates[0].to_block) == (True, 2)  # 4 of 5: two must turn
    t = tally([pos("AAA", S.SUPPORT)], [], b, "Post", date(2024, 2, 1))
    assert (t.candidates[0].rule_met, t.candidates[0].to_block, t.candidates[0].needed) == (False, 0, 2)
