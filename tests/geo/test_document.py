"""A document's names resolved together: the contexts each name is read in."""

from __future__ import annotations

from types import SimpleNamespace

from sitrep.geo import document



def test_country_contexts_exclude_own_resolution():
    P = lambda cc, prec="town": SimpleNamespace(country=cc, precision=prec)  # noqa: E731
    ctx = document.country_contexts(["France", "Paris", "Lyon", "X"], [P("FR", "country"), P("FR"), P("US"), None])
    assert ctx[0] == ("FR", "US")  # own weight 2 removed, Paris' 1 stays
    assert ctx[2] == ("FR",)
    assert ctx[3] == ("FR", "US")


def test_country_contexts_same_name_countries_are_no_evidence():
    P = lambda cc, prec="town": SimpleNamespace(country=cc, precision=prec)  # noqa: E731
    names = ["Georgia", "Atlanta", "Georgia", "Toronto", "Toronto"]
    first = [P("GE", "country"), P("US"), P("GE", "country"), P("CA"), P("CA")]
    ctx = document.country_contexts(names, first)
    assert ctx[0] == ctx[2] == ("CA", "US")  # the other "Georgia" does not vote for the country
    assert ctx[3] == ("GE", "US", "CA")  # the other Toronto still votes: GE 4, US 1, CA 1 (later)


def test_admin1_contexts_exclude_own():
    P = SimpleNamespace
    first = [P(precision="town", admin1="Texas"), P(precision="country", admin1=None),
             P(precision="town", admin1="Texas"), None, P(precision="admin1", admin1="Ohio")]
    ctx = document.admin1_contexts(["Austin", "US", "Dallas", "X", "Ohio"], first)
    assert ctx[0] == ("Texas", "Ohio") and ctx[1] == ("Texas", "Ohio") and ctx[4] == ("Texas",)
    # other mentions of the same name are no evidence either
    ctx = document.admin1_contexts(["Gainesville", "Gainesville", "Austin"],
                                        [P(precision="town", admin1="Florida")] * 2 + [P(precision="town", admin1="Texas")])
    assert ctx[0] == ("Texas",) and ctx[2] == ("Florida",)


def test_country_contexts_same_name_towns_count_half():
    P = lambda cc, prec="town": SimpleNamespace(country=cc, precision=prec)  # noqa: E731
    ctx = document.country_contexts(["Athens", "Athens", "Knox Park"], [P("GR"), P("GR"), P("US")])
    assert ctx[0] == ("US", "GR")  # the other Athens (0.5) does not outvote the park (1)


def test_resolve_names_reads_each_name_with_the_others(gazetteer):
    names = ["Virginia", "Alexandria", "Fairfax County", "Alexandria"]
    readings = document.resolve_names(names, gazetteer=gazetteer)
    assert [r.place.country for r in readings] == ["US", "US", "US", "US"]
    assert readings[1].place.admin1 == "Virginia" and readings[1].context[:1] == ("US",)
    alone = document.resolve_names(["Alexandria"], gazetteer=gazetteer)
    assert alone[0].place.country == "EG" and alone[0].context == ()


def test_named_countries_are_the_other_names_read_as_countries():
    P = lambda cc, prec="town": SimpleNamespace(country=cc, precision=prec)  # noqa: E731
    named = document.named_countries([P("FR", "country"), P("US"), P("FR", "country"), None, P("KE", "country")])
    assert named[0] == ("FR", "KE")  # the other "France" still names it
    assert named[1] == ("FR", "KE") and named[4] == ("FR",)


def test_a_capital_of_a_named_country_beats_the_states_namesake(gazetteer):
    """A Kentucky story that names France and the Champs-Elysees: its "Paris" is the capital,
    although Paris, Kentucky lies in the story's state beside its Georgetown."""
    names = ["Georgetown", "Ky.", "France", "Paris", "Georgetown", "Kentucky"]
    readings = document.resolve_names(names, gazetteer=gazetteer)
    assert readings[3].place.country == "FR"
    assert readings[0].place.country == "US" and readings[0].place.admin1 == "Kentucky"
    without_france = document.resolve_names([n for n in names if n != "France"], gazetteer=gazetteer)
    assert without_france[2].place.country == "US"  # the state's own Paris


def test_countries_known_from_outside_the_names_come_after_theirs(gazetteer):
    """The article's countries (demonyms, the site's domain) place a lone name inside them,
    but do not outvote the country its neighbours name."""
    alone = document.resolve_names(["Alexandria"], gazetteer=gazetteer, countries=("US",))
    assert alone[0].place.country == "US" and alone[0].context == ("US",)
    told = document.resolve_names(["Alexandria", "Cairo", "Giza"], gazetteer=gazetteer, countries=("US",))
    assert told[0].place.country == "EG" and told[0].context[0] == "EG"


def test_a_name_is_no_evidence_for_itself_among_the_article_countries(gazetteer):
    """The article counts Palestine among its countries because it names "Palestine"; that is
    no reason to read "Palestine" as the country when its neighbours are in Texas."""
    names = ["Palestine", "Anderson County", "Freestone County", "Texas", "Palestine"]
    readings = document.resolve_names(names, gazetteer=gazetteer, countries=("US", "PS"))
    assert readings[0].place.country == "US" and readings[0].place.admin1 == "Texas"
    assert "PS" not in readings[0].context
