"""Area points of units, broad areas and demonyms in the resolver, on the real index."""

from __future__ import annotations

import pytest

from sitrep.eval.geo_bench import haversine_km
from sitrep.geo.area_points import bbox_midpoint, largest_polygon_centroid, mean_point, subdivision_points
from sitrep.geo.gazetteer import area_adjectives, load_areas
from sitrep.geo.resolver import resolve_place


def test_bbox_midpoint_crosses_the_antimeridian():
    assert bbox_midpoint([(10.0, 20.0), (30.0, 40.0)]) == (20.0, 30.0)
    lat, lon = bbox_midpoint([(-16.0, 178.0), (-18.0, -179.0)])
    assert lat == -17.0 and (lon > 178.0 or lon < -179.0)
    assert bbox_midpoint([]) is None


def test_largest_polygon_wins_over_islands():
    square = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]]
    islet = [[50.0, 50.0], [51.0, 50.0], [51.0, 51.0], [50.0, 50.0]]
    lat, lon = largest_polygon_centroid({"type": "MultiPolygon", "coordinates": [[islet], [square]]})
    assert abs(lat - 5.0) < 0.2 and abs(lon - 5.0) < 0.2


def test_islands_near_the_landmass_join_it_far_ones_do_not():
    """An island 0.5 degrees off the main square's coast pulls the centroid towards it (an
    archipelago like Canada's); the same island 20 degrees away (an Alaska) does not."""
    square = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]]

    def island(x0):
        return [[x0, 0.0], [x0 + 5.0, 0.0], [x0 + 5.0, 10.0], [x0, 10.0], [x0, 0.0]]

    _, lon_near = largest_polygon_centroid({"type": "MultiPolygon", "coordinates": [[square], [island(10.5)]]})
    _, lon_far = largest_polygon_centroid({"type": "MultiPolygon", "coordinates": [[square], [island(30.0)]]})
    assert lon_near > 6.5  # area-weighted with the island (about 7.6)
    assert abs(lon_far - 5.0) < 0.2


@pytest.mark.parametrize(
    "name, centre",
    [("United States", (39.8, -98.6)),  # the contiguous states' centre, not Washington
     ("Russia", (60.0, 100.0)),
     ("Canada", (60.0, -95.0)),  # the Arctic islands count: the mainland alone centres at 57.7N 101.6W
     ("Australia", (-25.0, 134.0))],
)
def test_country_points_are_near_the_centre_not_the_capital(gazetteer, name, centre):
    country = gazetteer.country(name)
    point = gazetteer.feature_point(country.id)
    assert haversine_km(*point, *centre) < 161
    assert haversine_km(*point, country.lat, country.lon) > 500  # the stored point stays the capital


def test_admin_unit_point_is_the_area_not_its_biggest_city(gazetteer):
    ontario = gazetteer.lookup("Ontario", country="CA", kinds=("admin1",))[0]
    lat, _ = gazetteer.feature_point(ontario.id)
    assert lat > 47.0  # the province reaches Hudson Bay; Toronto is at 43.7
    town = gazetteer.lookup("Toronto", country="CA", kinds=("city",))[0]
    assert gazetteer.feature_point(town.id) is None


def test_published_subdivision_centres_are_read_by_iso_code():
    centres = subdivision_points()
    assert len(centres) > 3000
    lat, lon = centres["CA-ON"]
    assert 45.0 < lat < 57.0 and -95.0 < lon < -75.0
    assert all(-90 <= la <= 90 and -180 <= lo <= 180 for la, lo in centres.values())


def test_admin1_point_combines_box_and_published_centre(gazetteer):
    """Quebec's towns crowd the St Lawrence: the stored point lies between their box midpoint
    and the published centre, near neither extreme alone."""
    quebec = gazetteer.lookup("Quebec", country="CA", kinds=("admin1",))[0]
    point = gazetteer.feature_point(quebec.id)
    published = subdivision_points()["CA-QC"]
    assert 1 < haversine_km(*point, *published) < 400
    assert point[0] < published[0]
    assert mean_point([(10.0, 179.0), (20.0, -179.0)]) in ((15.0, 180.0), (15.0, -180.0))


def test_areas_table_is_well_formed():
    areas = load_areas()
    names = [a.name for a in areas]
    assert len(names) == len(set(names))
    assert all(a.kind in {"continent", "region", "sea", "union"} for a in areas)
    assert all(a.lat is not None or a.kind == "continent" for a in areas)
    adjectives = [adj for a in areas for adj in a.adjectives]
    assert len(adjectives) == len(set(adjectives)) and area_adjectives()["european"] == "Europe"


def test_broad_areas_only_on_request(gazetteer):
    sahel = resolve_place("the Sahel", gazetteer=gazetteer, broad=True)
    assert sahel.name == "Sahel" and sahel.country is None and sahel.precision == "region"
    assert resolve_place("the Sahel", gazetteer=gazetteer) is None  # not a namesake town either
    atlantic = resolve_place("Atlantic", context_countries=["US"], gazetteer=gazetteer, broad=True)
    assert atlantic.name == "Atlantic Ocean"  # not the town in Iowa
    eu = resolve_place("EU", gazetteer=gazetteer, broad=True)
    assert eu.name == "European Union"
    africa = resolve_place("Africa", gazetteer=gazetteer, broad=True)
    assert africa.name == "Africa" and africa.lat == pytest.approx(7.19, abs=0.1)


def test_demonyms_name_their_country_only_on_request(gazetteer):
    for text, iso in [("Russian", "RU"), ("Palestinians", "PS"), ("Burkinabe", "BF")]:
        place = resolve_place(text, context_countries=["US"], gazetteer=gazetteer, adjectives=True)
        assert place.country == iso and place.precision == "country"
    assert resolve_place("European", gazetteer=gazetteer, adjectives=True).name == "Europe"
    plain = resolve_place("Russian", context_countries=["US"], gazetteer=gazetteer)
    assert plain is None or plain.precision != "country"


def test_a_bare_capital_name_is_the_capital(gazetteer):
    assert resolve_place("Athens", gazetteer=gazetteer).country == "GR"
    dc = resolve_place("Washington", context_countries=["US"], gazetteer=gazetteer)
    assert dc.precision == "town" and haversine_km(dc.lat, dc.lon, 38.9, -77.04) < 20


@pytest.mark.parametrize("name", ["Latin America", "South America", "Central America", "North America"])
def test_a_broad_area_is_never_its_last_word(gazetteer, name):
    # "America" names the United States, but "Latin America" is not a US place
    assert resolve_place(name, context_countries=["VE"], gazetteer=gazetteer) is None
    assert resolve_place(name, gazetteer=gazetteer, broad=True).country is None


def test_a_region_inside_one_country_resolves_without_broad(gazetteer):
    ghouta = resolve_place("eastern Ghouta", context_countries=["SY"], gazetteer=gazetteer)
    assert ghouta.name == "Eastern Ghouta" and ghouta.country == "SY" and ghouta.precision == "region"
    assert resolve_place("Darfur", context_countries=["TD"], gazetteer=gazetteer) is None  # not in Chad


def test_ambiguous_adjectives_are_no_areas():
    adjectives = area_adjectives()
    for word in ("caucasian", "pacific", "atlantic", "arctic"):
        assert word not in adjectives  # "a Caucasian male", "Union Pacific"


def test_no_place_without_country_or_coordinates(gazetteer):
    place = resolve_place("St Kitts", gazetteer=gazetteer)
    assert place is None or (place.country and place.lat is not None)
    assert resolve_place("St. Lucia", gazetteer=gazetteer).country == "LC"  # saint/st twins


def test_unit_points_stay_on_land_near_the_unit(gazetteer):
    # Easter Island belongs to Valparaíso region; the point must stay near the mainland region
    valpo = next(e for e in gazetteer.lookup("Valparaiso", country="CL", kinds=("admin1",)))
    lat, lon = gazetteer.feature_point(valpo.id)
    assert haversine_km(lat, lon, valpo.lat, valpo.lon) < 300
