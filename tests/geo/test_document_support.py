"""Document-level evidence in the resolver: spatial support and world-famous namesakes."""

from __future__ import annotations

from sitrep.geo.resolver import candidate_points, document_support, resolve_place, support_bonus


def test_support_groups_leave_out_the_name_itself(gazetteer):
    names = ["Alexandria", "Rapides Parish", "Alexandria"]
    sup = document_support(names, gazetteer=gazetteer)
    assert len(sup) == 3
    assert len(sup[0]) == 1 and len(sup[1]) == 1  # each sees only the other name
    weight, points, units, _holders = sup[0][0]
    assert weight == 1.0 and not points and len(units) == 1  # the parish is unambiguous, a unit


def test_an_unambiguous_neighbour_picks_the_namesake_near_it(gazetteer):
    plain = resolve_place("Alexandria", context_countries=["US"], gazetteer=gazetteer)
    sup = document_support(["Alexandria", "Rapides Parish"], gazetteer=gazetteer)[0]
    near = resolve_place("Alexandria", context_countries=["US"], gazetteer=gazetteer, support=sup)
    assert near.admin1 == "Louisiana"
    assert plain.admin1 != "Louisiana"  # without the neighbour, the larger Virginian town


def test_countries_give_no_support(gazetteer):
    assert candidate_points("France", gazetteer=gazetteer)[0] == 0.0
    assert candidate_points("US", gazetteer=gazetteer)[0] == 0.0
    assert candidate_points("the Sahel", gazetteer=gazetteer)[0] == 0.0
    paris = gazetteer.lookup("Paris", country="FR", kinds=("city",))[0]
    assert support_bonus(paris, ()) == 0.0


def test_a_world_famous_namesake_beats_a_small_place_of_the_context(gazetteer):
    cairo = resolve_place("Cairo", context_countries=["US"], gazetteer=gazetteer)
    assert cairo.country == "EG"  # not Cairo, Illinois (a few thousand people)
    paris = resolve_place("Paris", context_countries=["US"], gazetteer=gazetteer)
    assert paris.country == "US"  # Paris, Texas is big enough for the context to hold


def test_a_state_supports_its_towns_not_towns_near_its_namesake_counties(gazetteer):
    # Dayton, Ohio is 105 km from Columbus; Dayton, Kentucky is near Ohio County, Indiana
    sup = document_support(["Dayton", "Ohio"], gazetteer=gazetteer, context_countries=("US",))
    assert resolve_place("Dayton", context_countries=("US",), gazetteer=gazetteer, support=sup[0]).admin1 == "Ohio"


def test_the_document_beats_a_world_famous_namesake(gazetteer):
    assert resolve_place("Moscow", context_countries=("US",), gazetteer=gazetteer).country == "RU"
    sup = document_support(["Moscow", "Pullman", "Latah County"], gazetteer=gazetteer, context_countries=("US",))
    moscow = resolve_place("Moscow", context_countries=("US",), gazetteer=gazetteer, support=sup[0])
    assert moscow.country == "US" and moscow.admin1 == "Idaho"


def test_support_may_be_given_as_lists(gazetteer):
    place = resolve_place("Alexandria", gazetteer=gazetteer, support=[(1.0, [(31.3, -92.4)], [], [])])
    assert place.admin1 == "Louisiana"


def test_a_state_named_among_states_is_the_state_not_a_namesake_town_in_one_of_them(gazetteer):
    names = ["Wisconsin", "Michigan", "Oregon", "Ohio", "California"]
    sup = document_support(names, gazetteer=gazetteer)
    for i in (2, 4):
        place = resolve_place(names[i], context_countries=["US"], gazetteer=gazetteer,
                              context_admin1=["Wisconsin", "Michigan", "Ohio"], support=sup[i])
        assert (place.country, place.precision) == ("US", "admin1"), place
    # a namesake town told beside its neighbours still wins: Oregon, Wisconsin, by Madison
    names = ["Oregon", "Madison", "Fitchburg", "Verona"]
    sup = document_support(names, gazetteer=gazetteer)
    town = resolve_place("Oregon", context_countries=["US"], gazetteer=gazetteer, support=sup[0])
    assert (town.admin1, town.precision) == ("Wisconsin", "town")


def test_the_town_a_unit_is_named_after_and_capitals_are_no_namesakes(gazetteer):
    gaza = resolve_place("Gaza", context_countries=[], gazetteer=gazetteer)
    assert (gaza.country, gaza.precision) == ("PS", "town")
    washington = resolve_place("Washington", context_countries=["US"], gazetteer=gazetteer)
    assert (washington.admin1, washington.precision) == ("District of Columbia", "town")


def test_a_country_name_is_a_town_its_neighbours_surround(gazetteer):
    names = ["Palestine", "Elkhart", "Anderson County", "Grapeland"]
    sup = document_support(names, gazetteer=gazetteer)
    town = resolve_place("Palestine", context_countries=["US"], gazetteer=gazetteer, support=sup[0])
    assert (town.country, town.admin1, town.precision) == ("US", "Texas", "town")
    alone = resolve_place("Palestine", context_countries=["US"], gazetteer=gazetteer)
    assert alone.precision == "country" and alone.country == "PS"


def test_a_town_and_the_county_it_lies_in_read_each_other(gazetteer):
    from sitrep.geo.document import resolve_names

    readings = resolve_names(["Huntsville", "Walker County", "Huntsville"], gazetteer=gazetteer)
    assert {(r.place.admin1, r.place.admin2) for r in readings} == {("Texas", "Walker County")}
    alone = resolve_names(["Huntsville"], gazetteer=gazetteer)[0].place
    assert alone.admin1 == "Alabama"  # the larger namesake without the county


def test_states_among_states_lend_no_namesake_towns_and_georgia_supports_its_towns(gazetteer):
    weight, points, units, _ = candidate_points("California", gazetteer=gazetteer, context_countries=["US"])
    assert weight == 1.0 and not points and units == {("US", "California Republic", None)}
    weight, points, units, _ = candidate_points("Georgia", gazetteer=gazetteer)
    assert weight == 1.0 and units == {("US", "Georgia", None)}
    assert candidate_points("France", gazetteer=gazetteer)[0] == 0.0


def test_a_spelling_variant_lies_where_the_other_places_are_or_nowhere(gazetteer):
    """A misspelt village matches a small town of another state by spelling alone: told with
    the places of that state it is that town, told with another state's places it is unplaced."""
    from sitrep.geo.document import resolve_names

    far = resolve_names(["Igbety", "Maiduguri", "Borno State"], gazetteer=gazetteer)
    assert far[0].place is None and far[1].place.admin1 == "Borno State"
    far = resolve_names(["the village of Igbety", "Konduga", "Bama", "Borno State"], gazetteer=gazetteer)
    assert far[0].place is None
    near = resolve_names(["Igbety village", "Ogbomosho", "Oyo State"], gazetteer=gazetteer)
    assert (near[0].place.name, near[0].place.admin1) == ("Igbeti", "Oyo State")
    near = resolve_names(["Igbety", "Saki"], gazetteer=gazetteer)
    assert near[0].place.admin1 == "Oyo State"
    # nothing says where the story is told: the variant stands
    alone = resolve_names(["Igbety", "Nigeria"], gazetteer=gazetteer)
    assert alone[0].place.name == "Igbeti"
