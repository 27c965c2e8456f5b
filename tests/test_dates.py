from __future__ import annotations

from datetime import date

import pytest

from whipcount.nlp.dates import find_dates, infer_reference_date, resolve_date
from whipcount.records import DatePrecision as P

REF = date(2024, 4, 2)  # a Tuesday: the founding article's publication date


@pytest.mark.parametrize(
    ("phrase", "expected", "precision"),
    [
        ("on Tuesday", date(2024, 4, 2), P.DAY),
        ("on Monday", date(2024, 4, 1), P.DAY),
        ("on Wednesday", date(2024, 3, 27), P.DAY),
        ("last Tuesday", date(2024, 3, 26), P.DAY),
        ("yesterday", date(2024, 4, 1), P.DAY),
        ("the day before yesterday", date(2024, 3, 31), P.DAY),
        ("today", date(2024, 4, 2), P.DAY),
        ("on 20 June", date(2024, 6, 20), P.DAY),
        ("on June 20", date(2024, 6, 20), P.DAY),
        ("on 22 February 2024", date(2024, 2, 22), P.DAY),
        ("April 2, 2024", date(2024, 4, 2), P.DAY),
        ("on 3rd March", date(2024, 3, 3), P.DAY),
        ("2024-03-12", date(2024, 3, 12), P.DAY),
        ("on 20 December", date(2023, 12, 20), P.DAY),
        ("three days ago", date(2024, 3, 30), P.DAY),
        ("on the 1st", date(2024, 4, 1), P.DAY),  # this month's, already past
        ("on the 28th", date(2024, 3, 28), P.DAY),  # still to come this month: last month's
        ("on the 3rd of March", date(2024, 3, 3), P.DAY),
        ("28.03.2024", date(2024, 3, 28), P.DAY),  # dots: day first
        ("in March", date(2024, 3, 1), P.MONTH),
        ("in May", date(2024, 5, 1), P.MONTH),
        ("In March", date(2024, 3, 1), P.MONTH),  # opening a sentence
        ("At the end of March", date(2024, 3, 31), P.APPROXIMATE),
        ("In mid-March", date(2024, 3, 15), P.APPROXIMATE),
        ("last month", date(2024, 3, 1), P.MONTH),
        ("earlier this month", date(2024, 4, 1), P.MONTH),
        ("this month", date(2024, 4, 1), P.MONTH),
        ("in October 2023", date(2023, 10, 1), P.MONTH),
        ("March 2024", date(2024, 3, 1), P.MONTH),
        ("at the end of last month", date(2024, 3, 31), P.APPROXIMATE),
        ("at the beginning of last month", date(2024, 3, 5), P.APPROXIMATE),
        ("mid-March", date(2024, 3, 15), P.APPROXIMATE),
        ("early March", date(2024, 3, 5), P.APPROXIMATE),
        ("late February", date(2024, 2, 25), P.APPROXIMATE),
        ("the end of March", date(2024, 3, 31), P.APPROXIMATE),
        ("last week", date(2024, 3, 26), P.APPROXIMATE),
        ("earlier this week", date(2024, 4, 1), P.APPROXIMATE),
        ("two weeks ago", date(2024, 3, 19), P.APPROXIMATE),
        ("this summer", date(2024, 7, 15), P.APPROXIMATE),
        ("last autumn", date(2023, 10, 15), P.APPROXIMATE),
        ("last year", date(2023, 1, 1), P.YEAR),
        ("earlier this year", date(2024, 1, 1), P.YEAR),
        ("in 2023", date(2023, 1, 1), P.YEAR),
        ("on Friday", date(2024, 3, 29), P.DAY),
        ("last Friday", date(2024, 3, 29), P.DAY),
        ("on Sunday night", date(2024, 3, 31), P.DAY),
        ("four days ago", date(2024, 3, 29), P.APPROXIMATE),
        ("a week ago", date(2024, 3, 26), P.APPROXIMATE),
        ("last weekend", date(2024, 3, 30), P.APPROXIMATE),
        ("late last month", date(2024, 3, 25), P.APPROXIMATE),
        ("in mid-February", date(2024, 2, 15), P.APPROXIMATE),
        ("by the end of this month", date(2024, 4, 30), P.APPROXIMATE),
        ("since January 2024", date(2024, 1, 1), P.MONTH),
        ("this spring", date(2024, 4, 15), P.APPROXIMATE),
        ("on 1 October 2024", date(2024, 10, 1), P.DAY),
        ("in December", date(2023, 12, 1), P.MONTH),  # a month ahead by more than two months: last year's
        ("in May", date(2024, 5, 1), P.MONTH),  # up to two months ahead: this year's
    ],
)
def test_phrase_resolves_against_publication_date(phrase, expected, precision):
    assert resolve_date(phrase, REF) == (expected, precision)


@pytest.mark.parametrize("text", ["previously", "had earlier said", "in the past"])
def test_unstated_past_keeps_no_date(text):
    assert resolve_date(text, REF) == (None, None)


def test_a_measured_distance_back_is_not_an_unstated_past():
    # "Five years earlier, Germany abstained when leaders proposed her on 2 July 2019": the day is the date
    assert [(d.text, d.date) for d in find_dates("Five years earlier, on 2 July 2019, Germany abstained.", REF)] == [
        ("2 July 2019", date(2019, 7, 2))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary may back Rutte.",
        "May I add something?",
        "Former British prime minister Theresa May said nothing.",
        "Ankara could march to its own drum.",
        "The talks will go on.",
        "Tsahkna said Estonia is prepared.",
    ],
)
def test_modals_and_names_are_never_dates(text):
    assert find_dates(text, REF) == []


def test_phrase_positions_are_character_offsets():
    text = "At the end of last month, Kallas said Estonia would support both."
    (d,) = find_dates(text, REF)
    assert text[d.start : d.end] == "At the end of last month"


def test_reference_date_inferred_from_latest_full_date():
    assert infer_reference_date("— Kaja Kallas (@kajakallas) April 2, 2024\nand on 1 March 2024 too") == REF
    assert infer_reference_date("on Tuesday, last month") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "GENEVA, Oct 29 — The United States said on Wednesday it could not support her.",
        "VILNIUS, June 18 (whipcount) - Lithuania said on Wednesday it could not support her.",
        ", Oct 29 — The United States said on Wednesday it could not support her.",  # the city cut off by the splitter
    ],
)
def test_a_wire_dateline_dates_the_report_not_the_statement(sentence):
    from whipcount.nlp.dates import statement_dates

    found = statement_dates(sentence, date(2020, 10, 29))
    assert [d.text for d in found] == ["Wednesday"]
    assert len(find_dates(sentence, date(2020, 10, 29))) == 2  # find_dates still sees both


def test_a_date_at_the_start_of_an_ordinary_sentence_is_kept():
    from whipcount.nlp.dates import statement_dates

    assert [d.date for d in statement_dates("On 20 June, Romania backed Rutte.", date(2024, 6, 21))] == [
        date(2024, 6, 20)
    ]


@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    [
        # a statement reported was made on or before the publication date: a day without its year that falls
        # months ahead is last year's; a coming event ("next", a written year, the coming two months) dates none
        ("The United States endorsed him on 22 February.", date(2024, 10, 1), [date(2024, 2, 22)]),
        ("Iohannis entered the race on 12 March.", date(2024, 10, 1), [date(2024, 3, 12)]),
        ("He backs Rutte and will meet him before the summit on 9 July.", date(2024, 6, 20), []),
        ("He backs Rutte and will meet him before the summit on 9 July 2024.", date(2024, 6, 20), []),
        ("Hungary will decide next Thursday.", date(2024, 6, 20), []),
        ("Talks will start in July.", date(2024, 6, 20), []),
        ("Romania backed Rutte on 20 June.", date(2024, 6, 21), [date(2024, 6, 20)]),
    ],
)
def test_a_statement_is_never_dated_after_its_report(sentence, ref, expected):
    from whipcount.nlp.dates import statement_dates

    assert [d.date for d in statement_dates(sentence, ref)] == expected
    assert find_dates(sentence, ref)  # find_dates still resolves the phrase as written


@pytest.mark.parametrize(
    ("phrase", "ref", "expected", "precision"),
    [
        ("last night", date(2024, 4, 4), date(2024, 4, 3), "day"),
        ("over the weekend", date(2024, 4, 8), date(2024, 4, 6), "approximate"),  # a Monday: the weekend just gone
        ("at the weekend", date(2024, 4, 4), date(2024, 3, 30), "approximate"),
        ("last weekend", date(2024, 4, 7), date(2024, 3, 30), "approximate"),  # said on a Sunday: the one before
    ],
)
def test_nights_and_weekends(phrase, ref, expected, precision):
    (found,) = find_dates(phrase, ref)
    assert (found.date, found.precision.value) == (expected, precision)
