"""SPEC's consent rules: who is named, whose words are quoted, in anything meant for others."""

from datetime import date

from commission.privacy import Person, consent_valid, number_members, public_name, quote_allowed

ON = date(2026, 6, 30)


def person(**kw):
    base = dict(id=1, display_name="Carys Jones", role="community")
    return Person(**{**base, **kw})


def test_named_consent_shows_the_real_name():
    assert public_name(person(named=True), ON) == "Carys Jones"


def test_without_named_consent_the_pseudonym_is_used():
    assert public_name(person(named=False, pseudonym="Nia"), ON) == "Nia"


def test_without_pseudonym_a_community_commissioner_gets_a_number():
    people = number_members([person(id=1), person(id=2, display_name="Other")])
    assert [public_name(p, ON) for p in people] == ["Community commissioner 1", "Community commissioner 2"]


def test_expired_named_consent_falls_back_on_expiry_boundary():
    assert public_name(person(named=True, named_expires=ON, pseudonym="Nia"), ON) == "Carys Jones"
    assert public_name(person(named=True, named_expires=date(2026, 6, 29), pseudonym="Nia"), ON) == "Nia"


def test_quote_needs_valid_quote_consent():
    assert quote_allowed(person(quote=True), ON)
    assert not quote_allowed(person(quote=False), ON)
    assert not quote_allowed(person(quote=True, quote_expires=date(2026, 6, 29)), ON)
    assert quote_allowed(None, ON), "a quote with no recorded speaker is shown as 'a panel member'"
    assert public_name(None, ON) == "a panel member"


def test_withdrawn_consent_reads_no():
    assert not consent_valid("no", "", ON)
    assert not consent_valid("", "", ON)


def test_unreadable_expiry_never_counts_as_consent():
    assert not consent_valid("yes", "sometime", ON)
