"""Shared helpers of the probe builders: one gold location and one gold event in the FORMAT.md form."""


def loc(name, mention, admin1, country, lat, lon, precision="town"):
    return {"name": name, "mention": mention, "admin1": admin1, "country": country,
            "lat": lat, "lon": lon, "precision": precision}


def ev(t, sub, date, prec, location, a1, a1t, a2, a2t, best=None, low=None, high=None, injured=None,
       evidence="", bg=False):
    return {"event_type": t, "sub_event_type": sub, "date": date, "date_precision": prec,
            "location": location, "actor1": a1, "actor1_type": a1t, "actor2": a2, "actor2_type": a2t,
            "fatalities": {"best": best, "low": low, "high": high}, "injured": injured,
            "reported_by": [], "evidence": evidence, "background": bg}
