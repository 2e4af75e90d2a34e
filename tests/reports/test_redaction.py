"""Confidential terms leave as placeholders and come back in the user's spelling."""

from hypothesis import given
from hypothesis import strategies as st

from server.reports.redaction import Redactor


def test_each_term_becomes_its_own_stable_placeholder_in_any_case():
    redactor = Redactor(["Acme", "Project Falcon"])
    text = "Shipped project falcon for ACME; Acme signed off on Project  Falcon."
    assert redactor.redact(text) == "Shipped [CLIENT-2] for [CLIENT-1]; [CLIENT-1] signed off on [CLIENT-2]."
    assert redactor.count == 2
    assert redactor.occurrences == 4


def test_a_term_inside_a_longer_term_does_not_split_the_longer_one():
    redactor = Redactor(["Acme", "Acme Bank", "Bank"])
    assert redactor.redact("Acme Bank paid; Acme and the Bank too") == (
        "[CLIENT-2] paid; [CLIENT-1] and the [CLIENT-3] too"
    )
    assert redactor.count == 3


def test_terms_match_on_word_boundaries_only():
    redactor = Redactor(["Ace", "C++", "$2.4M"])
    assert redactor.redact("Acetone, Race, ace.") == "Acetone, Race, [CLIENT-1]."
    assert redactor.redact("Rewrote C++ code worth $2.4M, not $2.4MB") == (
        "Rewrote [CLIENT-2] code worth [CLIENT-3], not $2.4MB"
    )
    assert redactor.count == 3


def test_restore_takes_placeholders_back_to_the_users_spelling_wherever_the_model_put_them():
    redactor = Redactor(["ACME Corp", "falcon"])
    redactor.redact("ACME Corp and falcon")
    answer = "For [client-1], [ CLIENT 2 ] launched. [CLIENT_1] again; CLIENT-2's team. [CLIENT-9] stays."
    assert (
        redactor.restore(answer) == "For ACME Corp, falcon launched. ACME Corp again; falcon's team. [CLIENT-9] stays."
    )


def test_a_term_given_twice_in_another_case_keeps_the_first_spelling_and_one_number():
    redactor = Redactor(["Globex", "GLOBEX", "  ", "Initech"])
    assert redactor.redact("globex, Initech") == "[CLIENT-1], [CLIENT-2]"
    assert redactor.restore("[CLIENT-1] [CLIENT-2]") == "Globex Initech"


def test_no_terms_changes_nothing():
    redactor = Redactor([])
    assert redactor.redact("Acme [CLIENT-1]") == "Acme [CLIENT-1]"
    assert redactor.restore("[CLIENT-1]") == "[CLIENT-1]"
    assert redactor.count == 0


words = st.text(alphabet="abcdefgh", min_size=2, max_size=6)


@given(terms=st.lists(words, min_size=1, max_size=6, unique=True), filler=st.lists(words, max_size=12))
def test_no_term_survives_redaction_and_restore_gives_the_text_back(terms, filler):
    text = " ".join(filler + terms + [t.upper() for t in terms])
    redactor = Redactor(terms)
    redacted = redactor.redact(text)
    assert not any(word.casefold() in {t.casefold() for t in terms} for word in redacted.split())
    assert redactor.restore(redacted).casefold() == text.casefold()
